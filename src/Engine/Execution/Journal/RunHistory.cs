using System.Collections.Immutable;

namespace Runbook.Engine.Execution.Journal;

/// <summary>Everything the journal holds about one run, for reports.</summary>
/// <param name="Run">The run.</param>
/// <param name="Steps">Its steps in the runbook's order.</param>
/// <param name="Confirmations">Every answer to a manual step, in order.</param>
/// <param name="Events">Its event log, in order.</param>
public sealed record RunHistory(
    RunRecord Run,
    ImmutableArray<JournalStep> Steps,
    ImmutableArray<JournalConfirmation> Confirmations,
    ImmutableArray<JournalEvent> Events);
