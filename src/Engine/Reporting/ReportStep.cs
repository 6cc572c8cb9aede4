using System.Collections.Immutable;

namespace Runbook.Engine.Reporting;

/// <summary>One step of the run: what was planned and what happened.</summary>
/// <param name="Number">Its position in the run, from 1.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Status">pending, running, succeeded, failed, skipped or waiting.</param>
/// <param name="AttemptCount">How many tries it took, retries included.</param>
/// <param name="Retries">How many times it was retried after a transient error (from <c>retry</c> events).</param>
public sealed record ReportStep(int Number, string Name, string Kind, string Status, int AttemptCount, int Retries)
{
    /// <summary>Its human title.</summary>
    public string? Title { get; init; }

    /// <summary>When its last attempt started.</summary>
    public string? StartedAt { get; init; }

    /// <summary>When it ended.</summary>
    public string? EndedAt { get; init; }

    /// <summary>From its last start to its end.</summary>
    public string? Duration { get; init; }

    /// <summary>True for the step the run stopped at.</summary>
    public bool StoppedHere { get; init; }

    /// <summary>Why it failed.</summary>
    public string? Error { get; init; }

    /// <summary>What the plan said it would do.</summary>
    public ImmutableArray<ReportAction> Actions { get; init; } = [];

    /// <summary>Its outputs.</summary>
    public ImmutableArray<ReportNamedValue> Outputs { get; init; } = [];

    /// <summary>Its notes for the report.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>Each attempt, as the journal recorded it.</summary>
    public ImmutableArray<ReportAttempt> Attempts { get; init; } = [];

    /// <summary>The progress notes it saved (checkpoints).</summary>
    public ImmutableArray<ReportNamedValue> Checkpoints { get; init; } = [];
}
