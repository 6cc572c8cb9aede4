namespace Runbook.Engine.Execution.Journal;

/// <summary>
/// The kinds of event a run's log holds. The engine writes some, the journal others; a report reads them
/// back by these names, so a kind keeps its name once released.
/// </summary>
public static class JournalEventKinds
{
    /// <summary>The run was started (written by the journal).</summary>
    public const string RunStarted = "run-started";

    /// <summary>The run's status changed; a change back to running is a resume (written by the journal).</summary>
    public const string Status = "status";

    /// <summary>A step's attempt failed with a transient error and is retried; the message starts "step: ".</summary>
    public const string Retry = "retry";

    /// <summary>A step failed; the message starts "step: ".</summary>
    public const string StepFailed = "step-failed";

    /// <summary>
    /// A drift check before a mutating step. Data: <c>{"step", "drifted", "differences": [..]}</c>. An event of
    /// this kind without data (as older engines wrote it) reports drift that was found.
    /// </summary>
    public const string Drift = "drift";

    /// <summary>
    /// A precondition evaluated at apply time. Data: <c>{"condition", "because", "result", "error",
    /// "evidence": [{"subject", "fact", "source"}]}</c>.
    /// </summary>
    public const string Precondition = "precondition";

    /// <summary>A target lock was taken over from a process that is gone, or released by hand.</summary>
    public const string Lock = "lock";
}
