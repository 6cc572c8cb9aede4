using System.Collections.Immutable;

namespace Runbook.Engine.Execution.Journal;

/// <summary>One attempt at a step: each start of the step, by a run or a resume of it.</summary>
/// <param name="Number">The attempt's number, from 1.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="Outcome">How it ended.</param>
public sealed record StepAttempt(int Number, DateTimeOffset StartedAt, AttemptOutcome Outcome)
{
    /// <summary>When it ended; null while running, and for an abandoned attempt.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Its outputs, when it succeeded.</summary>
    public ImmutableDictionary<string, object?> Outputs { get; init; } = ImmutableDictionary<string, object?>.Empty;

    /// <summary>Why it failed.</summary>
    public string? Error { get; init; }
}
