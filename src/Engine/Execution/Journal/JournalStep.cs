using System.Collections.Immutable;

namespace Runbook.Engine.Execution.Journal;

/// <summary>A step of a run with everything recorded about it.</summary>
/// <param name="Record">Where it stands, as <see cref="IRunJournal.LoadStepsAsync"/> returns it.</param>
/// <param name="Attempts">Each attempt, in order.</param>
/// <param name="Checkpoints">Its progress notes, by key.</param>
public sealed record JournalStep(
    StepRecord Record,
    ImmutableArray<StepAttempt> Attempts,
    ImmutableSortedDictionary<string, string> Checkpoints);
