namespace Runbook.Engine.Reporting;

/// <summary>One start of a step.</summary>
/// <param name="Number">The attempt's number.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="Outcome">running, succeeded, failed, waiting, interrupted or abandoned.</param>
public sealed record ReportAttempt(int Number, string StartedAt, string Outcome)
{
    /// <summary>When it ended; null for one still running or abandoned by a killed process.</summary>
    public string? EndedAt { get; init; }

    /// <summary>How long it took.</summary>
    public string? Duration { get; init; }

    /// <summary>Why it failed.</summary>
    public string? Error { get; init; }
}
