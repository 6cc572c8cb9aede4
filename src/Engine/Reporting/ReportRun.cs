namespace Runbook.Engine.Reporting;

/// <summary>The run itself.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="Status">Its status: running, succeeded, failed, stopped or waiting-for-operator.</param>
/// <param name="StartedBy">Who started it.</param>
/// <param name="StartedAt">When.</param>
public sealed record ReportRun(string Id, string Status, string StartedBy, string StartedAt)
{
    /// <summary>When it ended; null while it runs or waits.</summary>
    public string? EndedAt { get; init; }

    /// <summary>From start to end; null while it runs or waits.</summary>
    public string? Duration { get; init; }

    /// <summary>Why it stopped, for a run that did not succeed.</summary>
    public string? StatusMessage { get; init; }
}
