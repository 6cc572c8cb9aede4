namespace Runbook.Engine.Execution;

/// <summary>Where a step of a run stands.</summary>
public enum StepStatus
{
    /// <summary>Not started.</summary>
    Pending,

    /// <summary>Started and not finished.</summary>
    Running,

    /// <summary>Finished with its outputs.</summary>
    Succeeded,

    /// <summary>Finished with an error.</summary>
    Failed,

    /// <summary>Not run because its <c>when</c> was false.</summary>
    Skipped,

    /// <summary>A manual step waiting for a person.</summary>
    Waiting,
}
