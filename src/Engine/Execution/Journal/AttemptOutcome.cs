namespace Runbook.Engine.Execution.Journal;

/// <summary>How one attempt at a step ended.</summary>
public enum AttemptOutcome
{
    /// <summary>Started and not ended (yet).</summary>
    Running,

    /// <summary>The step succeeded.</summary>
    Succeeded,

    /// <summary>The step failed.</summary>
    Failed,

    /// <summary>A manual step stopped to wait for a person.</summary>
    Waiting,

    /// <summary>The operator stopped the run during the attempt.</summary>
    Interrupted,

    /// <summary>
    /// A later attempt started while this one had no end recorded: the process running it was killed or
    /// crashed.
    /// </summary>
    Abandoned,
}
