namespace Runbook.Engine.Execution.Journal;

/// <summary>
/// A run was refused because another run holds one of its targets. The message names the holding run and
/// says what to do: wait for it, resume it, or release its lock when its process is gone.
/// </summary>
public sealed class TargetLockedException : Exception
{
    /// <summary>Creates the exception for the lock that refused the run.</summary>
    public TargetLockedException(TargetLock held, bool holderAlive)
        : base(Describe(held, holderAlive))
    {
        Lock = held;
        HolderAlive = holderAlive;
    }

    /// <summary>The run that holds the target.</summary>
    public string HolderRunId => Lock.RunId;

    /// <summary>The target that is held.</summary>
    public string Target => Lock.Target;

    /// <summary>The lock that refused the run.</summary>
    public TargetLock Lock { get; }

    /// <summary>True when the holding process was alive (or could not be checked) when the run was refused.</summary>
    public bool HolderAlive { get; }

    private static string Describe(TargetLock held, bool alive)
    {
        var who = $"process {held.Holder.ProcessId} on {held.Holder.Host}";
        return alive
            ? $"{held.Target} is held by run {held.RunId} ({who}, since {held.AcquiredAt:u}); only one run at a time " +
              $"may change a target. Wait for that run to finish."
            : $"{held.Target} is held by run {held.RunId}, whose {who} is gone. Resume it with " +
              $"'runbook apply --resume {held.RunId}', or release its lock with 'runbook unlock {held.RunId}' " +
              $"once you know what it left undone.";
    }
}
