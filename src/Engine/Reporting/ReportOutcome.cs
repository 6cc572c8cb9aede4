namespace Runbook.Engine.Reporting;

/// <summary>How the run ended.</summary>
/// <param name="Status">The final status.</param>
/// <param name="Succeeded">True when every step succeeded or was skipped.</param>
/// <param name="Summary">One sentence for the top of the report.</param>
public sealed record ReportOutcome(string Status, bool Succeeded, string Summary)
{
    /// <summary>Why it stopped.</summary>
    public string? Message { get; init; }

    /// <summary>The step where it stopped, for a run that did not succeed.</summary>
    public string? StoppedAt { get; init; }

    /// <summary>The exact command that resumes it, for a run that did not succeed.</summary>
    public string? ResumeCommand { get; init; }
}
