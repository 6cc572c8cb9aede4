using Runbook.Engine.Execution.Journal;
using Runbook.Engine.Planning;
using Runbook.Engine.Plugins;

namespace Runbook.Engine.Execution;

/// <summary>
/// The durable record of runs: what started, what each step did, what people confirmed. Every method is a
/// complete, atomic write, so a process killed at any moment leaves the journal consistent.
/// </summary>
public interface IRunJournal
{
    /// <summary>Records the start of a run and returns its id.</summary>
    Task<string> StartRunAsync(RunStart start, CancellationToken cancellationToken);

    /// <summary>The steps of a run as recorded so far, in the runbook's order, for resuming.</summary>
    Task<IReadOnlyList<StepRecord>> LoadStepsAsync(string runId, CancellationToken cancellationToken);

    /// <summary>Records that a step's attempt started.</summary>
    Task StepStartedAsync(
        string runId,
        string step,
        int attempt,
        DateTimeOffset at,
        CancellationToken cancellationToken);

    /// <summary>Records how a step ended.</summary>
    Task StepEndedAsync(string runId, StepRecord record, CancellationToken cancellationToken);

    /// <summary>The step's durable progress notes.</summary>
    IStepCheckpoints Checkpoints(string runId, string step);

    /// <summary>Records a person's answer to a manual step.</summary>
    Task ConfirmationAsync(
        string runId,
        string step,
        ManualConfirmation confirmation,
        CancellationToken cancellationToken);

    /// <summary>Appends an event to the run's log.</summary>
    Task EventAsync(string runId, string kind, string message, CancellationToken cancellationToken);

    /// <summary>Records the run's new status.</summary>
    Task RunStatusAsync(string runId, RunStatus status, string? message, CancellationToken cancellationToken);

    /// <summary>
    /// Records a precondition as evaluated at apply time (start or resume), with its evidence, for the audit
    /// report. A journal that keeps no structure records it as a <see cref="JournalEventKinds.Precondition"/>
    /// event.
    /// </summary>
    Task PreconditionCheckedAsync(string runId, PlanCondition condition, CancellationToken cancellationToken)
        => EventAsync(
            runId, JournalEventKinds.Precondition, JournalMessages.Precondition(condition), cancellationToken);

    /// <summary>
    /// Records the drift check made before a mutating step: no differences means the world was as planned.
    /// A journal that keeps no structure records it as a <see cref="JournalEventKinds.Drift"/> event.
    /// </summary>
    Task DriftCheckedAsync(
        string runId,
        string step,
        IReadOnlyList<string> differences,
        CancellationToken cancellationToken)
        => EventAsync(runId, JournalEventKinds.Drift, JournalMessages.Drift(step, differences), cancellationToken);
}
