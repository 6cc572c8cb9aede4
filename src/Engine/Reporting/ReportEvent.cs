namespace Runbook.Engine.Reporting;

/// <summary>One entry of the run's event log.</summary>
/// <param name="At">When.</param>
/// <param name="Kind">Its kind (run-started, status, retry, step-failed, drift, precondition, lock).</param>
/// <param name="Message">What happened.</param>
public sealed record ReportEvent(string At, string Kind, string Message)
{
    /// <summary>The step it is about, when known.</summary>
    public string? Step { get; init; }
}
