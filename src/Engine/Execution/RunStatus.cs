namespace Runbook.Engine.Execution;

/// <summary>Where a run stands.</summary>
public enum RunStatus
{
    /// <summary>Started and not finished; if its process is gone, it can be resumed.</summary>
    Running,

    /// <summary>Every step succeeded or was skipped.</summary>
    Succeeded,

    /// <summary>A step failed and stopped the run; it can be resumed from that step.</summary>
    Failed,

    /// <summary>Stopped by the operator (Ctrl+C) at a safe point; it can be resumed.</summary>
    Stopped,

    /// <summary>Waiting for a person to confirm a manual step; resume it with --confirm.</summary>
    WaitingForOperator,
}
