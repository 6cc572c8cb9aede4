namespace Runbook.Engine.Reporting;

/// <summary>One approval of the plan.</summary>
/// <param name="By">Who approved.</param>
/// <param name="At">When.</param>
/// <param name="Counts">False when it does not count (given by the plan's creator, or for another plan id).</param>
public sealed record ReportApproval(string By, string At, bool Counts)
{
    /// <summary>What the approver said.</summary>
    public string? Comment { get; init; }
}
