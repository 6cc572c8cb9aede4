namespace Runbook.Engine.Execution.Journal;

/// <summary>A target held by a run.</summary>
/// <param name="Target">The target's identity (<c>salesforce:00D...</c>).</param>
/// <param name="RunId">The run that holds it.</param>
/// <param name="Holder">The process that took it.</param>
/// <param name="AcquiredAt">When.</param>
public sealed record TargetLock(string Target, string RunId, LockHolder Holder, DateTimeOffset AcquiredAt)
{
    /// <summary>False when the holding process is known to be gone; see <see cref="LockHolder.IsAlive"/>.</summary>
    public bool HolderAlive => Holder.IsAlive();
}
