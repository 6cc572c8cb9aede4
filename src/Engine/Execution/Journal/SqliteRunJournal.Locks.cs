namespace Runbook.Engine.Execution.Journal;

/// <summary>
/// Target locks: one run at a time per target. A lock row names the run and the process that took it; a
/// process that is gone cannot release its locks, so its run takes them over when it is resumed, and any other
/// run is refused until someone resumes or releases it on purpose: what the run left half done is a decision
/// for a person, not for the next run.
/// </summary>
public sealed partial class SqliteRunJournal
{
    /// <summary>
    /// Takes every target of a run, all or none, for a resume. A lock this run already holds passes to this
    /// process when the process that held it is gone. Refused with <see cref="TargetLockedException"/> when
    /// another run holds a target, or this run's own process is still alive.
    /// </summary>
    public Task AcquireLocksAsync(string runId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _database.Write(write =>
        {
            RequireRun(write, runId);
            LockTargets(write, runId, ReadTargets(write, runId));
        });

        return Task.CompletedTask;
    }

    /// <summary>
    /// Releases every lock a run holds: at the end of a run, or by hand for a run whose process is gone. A lock
    /// held by another live process is refused unless <paramref name="evenIfAlive"/>. Returns how many were
    /// released.
    /// </summary>
    public Task<int> ReleaseLocksAsync(string runId, bool evenIfAlive, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = Now;
        var released = _database.Write(write =>
        {
            var held = ReadLocks(write, "WHERE run_id = $run", ("$run", runId));
            var live = held.FirstOrDefault(item => !IsSameProcess(item.Holder, Holder) && item.Holder.IsAlive());
            if (live is not null && !evenIfAlive)
            {
                throw new TargetLockedException(live, holderAlive: true);
            }

            var count = write.Execute("DELETE FROM locks WHERE run_id = $run", ("$run", runId));
            if (count > 0 && !IsSameProcess(held[0].Holder, Holder))
            {
                AppendEvent(write, runId, now, JournalEventKinds.Lock, null,
                    $"Released by hand from process {held[0].Holder.ProcessId} on {held[0].Holder.Host}: " +
                    string.Join(", ", held.Select(item => item.Target)) + ".", null);
            }

            return count;
        });

        return Task.FromResult(released);
    }

    /// <summary>Every lock held, by target.</summary>
    public Task<IReadOnlyList<TargetLock>> ListLocksAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<TargetLock>>(_database.Read(read => ReadLocks(read, string.Empty)));
    }

    private void LockTargets(JournalTransaction write, string runId, IReadOnlyList<string> targets)
    {
        var now = Now;
        foreach (var target in targets)
        {
            var held = ReadLocks(write, "WHERE target = $target", ("$target", target)).SingleOrDefault();
            if (held is null)
            {
                InsertLock(write, target, runId, now);
                continue;
            }

            if (held.RunId == runId && IsSameProcess(held.Holder, Holder))
            {
                continue;
            }

            // Checked once per refusal or takeover, inside the write transaction, so two resumes cannot both
            // see a dead holder and both take over.
            var alive = held.Holder.IsAlive();
            if (held.RunId != runId || alive)
            {
                throw new TargetLockedException(held, alive);
            }

            write.Execute("DELETE FROM locks WHERE target = $target", ("$target", target));
            InsertLock(write, target, runId, now);
            AppendEvent(write, runId, now, JournalEventKinds.Lock, null,
                $"Took over {target} from process {held.Holder.ProcessId} on {held.Holder.Host}, which is gone.", null);
        }
    }

    private void InsertLock(JournalTransaction write, string target, string runId, DateTimeOffset now) => write.Execute(
        """
        INSERT INTO locks (target, run_id, process_id, process_started_at, host, acquired_at)
        VALUES ($target, $run, $pid, $started, $host, $at)
        """,
        ("$target", target), ("$run", runId), ("$pid", Holder.ProcessId),
        ("$started", JournalTime.ToText(Holder.ProcessStartedAt)), ("$host", Holder.Host),
        ("$at", JournalTime.ToText(now)));

    private static bool IsSameProcess(LockHolder a, LockHolder b)
        => a.ProcessId == b.ProcessId && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase)
            && a.ProcessStartedAt == b.ProcessStartedAt;

    private static List<TargetLock> ReadLocks(
        JournalTransaction read,
        string where,
        params (string Name, object? Value)[] parameters)
        => read.Query(
            $"SELECT target, run_id, process_id, process_started_at, host, acquired_at FROM locks {where} " +
            "ORDER BY target",
            row => new TargetLock(
                row.GetString(0),
                row.GetString(1),
                new LockHolder(row.GetInt32(2), JournalTime.ParseOrNull(NullableText(row, 3)), row.GetString(4)),
                JournalTime.Parse(row.GetString(5))),
            parameters);
}
