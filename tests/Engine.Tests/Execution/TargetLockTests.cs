using System.Diagnostics;
using Runbook.Engine.Execution;
using Runbook.Engine.Execution.Journal;

namespace Runbook.Engine.Tests.Execution;

public sealed class TargetLockTests : IDisposable
{
    private static CancellationToken None => CancellationToken.None;

    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly JournalFolder _folder = new();
    private readonly List<Process> _started = [];

    public void Dispose()
    {
        foreach (var process in _started)
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit();
            }

            process.Dispose();
        }

        _folder.Dispose();
    }

    private static RunStart Start(params string[] targets) => new(SamplePlans.Refresh(), "carol", T0, [.. targets]);

    [Fact]
    public async Task A_second_run_against_a_held_target_is_refused_with_the_holders_run_id()
    {
        var journal = _folder.Open();
        var holder = await journal.StartRunAsync(Start(SamplePlans.SalesforceTarget, SamplePlans.IntacctTarget), None);

        var refused = await Assert.ThrowsAsync<TargetLockedException>(
            () => _folder.Open().StartRunAsync(Start("other:1", SamplePlans.IntacctTarget), None));

        Assert.Equal(holder, refused.HolderRunId);
        Assert.Equal(SamplePlans.IntacctTarget, refused.Target);
        Assert.True(refused.HolderAlive);
        Assert.Contains(holder, refused.Message, StringComparison.Ordinal);

        // All or none: the refused run took no lock and left no record.
        Assert.Equal([holder], (await journal.ListRunsAsync(None)).Select(run => run.Id));
        Assert.DoesNotContain(await journal.ListLocksAsync(None), held => held.Target == "other:1");
    }

    [Fact]
    public async Task Runs_against_different_targets_run_side_by_side()
    {
        var journal = _folder.Open();

        await journal.StartRunAsync(Start(SamplePlans.SalesforceTarget), None);
        await journal.StartRunAsync(Start(SamplePlans.IntacctTarget), None);

        Assert.Equal(2, (await journal.ListLocksAsync(None)).Count);
    }

    [Fact]
    public async Task A_run_that_succeeds_releases_its_targets()
    {
        var journal = _folder.Open();
        var first = await journal.StartRunAsync(Start(SamplePlans.SalesforceTarget), None);

        await journal.RunStatusAsync(first, RunStatus.Succeeded, null, None);
        await journal.StartRunAsync(Start(SamplePlans.SalesforceTarget), None);

        Assert.NotEqual(first, Assert.Single(await journal.ListLocksAsync(None)).RunId);
    }

    [Fact]
    public async Task A_run_that_failed_keeps_its_targets_until_resumed_or_released()
    {
        var journal = _folder.Open();
        var failed = await journal.StartRunAsync(Start(SamplePlans.SalesforceTarget), None);

        await journal.RunStatusAsync(failed, RunStatus.Failed, "Step 'x' failed.", None);

        var refused = await Assert.ThrowsAsync<TargetLockedException>(
            () => journal.StartRunAsync(Start(SamplePlans.SalesforceTarget), None));
        Assert.Equal(failed, refused.HolderRunId);
    }

    [Fact]
    public async Task A_resumed_run_takes_over_its_own_lock_from_a_dead_process()
    {
        var dead = DeadProcess();
        var crashed = _folder.Open();
        crashed.Holder = dead;
        var runId = await crashed.StartRunAsync(Start(SamplePlans.SalesforceTarget, SamplePlans.IntacctTarget), None);

        var resumed = _folder.Open();
        await resumed.AcquireLocksAsync(runId, None);

        var locks = await resumed.ListLocksAsync(None);
        Assert.Equal(2, locks.Count);
        Assert.All(locks, held => Assert.Equal((runId, LockHolder.Current), (held.RunId, held.Holder)));
        var events = (await resumed.LoadRunAsync(runId, None))!.Events;
        Assert.Equal(2, events.Count(item => item.Kind == JournalEventKinds.Lock));
        Assert.Contains($"process {dead.ProcessId}", events.Last().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Taking_a_lock_this_process_already_holds_changes_nothing()
    {
        var journal = _folder.Open();
        var runId = await journal.StartRunAsync(Start(SamplePlans.SalesforceTarget), None);
        var before = await journal.ListLocksAsync(None);

        await journal.AcquireLocksAsync(runId, None);

        Assert.Equal(before, await journal.ListLocksAsync(None));
    }

    [Fact]
    public async Task Another_run_is_refused_even_when_the_holding_process_is_dead()
    {
        var crashed = _folder.Open();
        crashed.Holder = DeadProcess();
        var holder = await crashed.StartRunAsync(Start(SamplePlans.SalesforceTarget), None);

        var refused = await Assert.ThrowsAsync<TargetLockedException>(
            () => _folder.Open().StartRunAsync(Start(SamplePlans.SalesforceTarget), None));

        Assert.Equal(holder, refused.HolderRunId);
        Assert.False(refused.HolderAlive);
        Assert.Contains($"runbook apply --resume {holder}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_still_alive_in_another_process_keeps_its_lock_against_its_own_resume()
    {
        var other = _folder.Open();
        other.Holder = LiveProcess();
        var runId = await other.StartRunAsync(Start(SamplePlans.SalesforceTarget), None);

        var refused = await Assert.ThrowsAsync<TargetLockedException>(
            () => _folder.Open().AcquireLocksAsync(runId, None));

        Assert.Equal(runId, refused.HolderRunId);
        Assert.True(refused.HolderAlive);
    }

    [Fact]
    public async Task A_holder_on_another_host_counts_as_alive()
    {
        var other = _folder.Open();
        other.Holder = new LockHolder(Environment.ProcessId + 1, null, "some-other-host");
        var runId = await other.StartRunAsync(Start(SamplePlans.SalesforceTarget), None);

        var refused = await Assert.ThrowsAsync<TargetLockedException>(
            () => _folder.Open().AcquireLocksAsync(runId, None));

        Assert.True(refused.HolderAlive);
    }

    [Fact]
    public async Task A_stale_lock_of_another_run_can_be_released_by_hand()
    {
        var crashed = _folder.Open();
        crashed.Holder = DeadProcess();
        var stale = await crashed.StartRunAsync(Start(SamplePlans.SalesforceTarget, SamplePlans.IntacctTarget), None);
        var journal = _folder.Open();

        var released = await journal.ReleaseLocksAsync(stale, evenIfAlive: false, None);
        var next = await journal.StartRunAsync(Start(SamplePlans.SalesforceTarget), None);

        Assert.Equal(2, released);
        Assert.Equal(next, Assert.Single(await journal.ListLocksAsync(None)).RunId);
        Assert.Contains((await journal.LoadRunAsync(stale, None))!.Events, item => item.Kind == JournalEventKinds.Lock);
    }

    [Fact]
    public async Task Releasing_a_live_processes_lock_needs_to_be_forced()
    {
        var other = _folder.Open();
        other.Holder = LiveProcess();
        var runId = await other.StartRunAsync(Start(SamplePlans.SalesforceTarget), None);
        var journal = _folder.Open();

        await Assert.ThrowsAsync<TargetLockedException>(() => journal.ReleaseLocksAsync(runId, evenIfAlive: false,
            None));
        Assert.Single(await journal.ListLocksAsync(None));

        Assert.Equal(1, await journal.ReleaseLocksAsync(runId, evenIfAlive: true, None));
        Assert.Empty(await journal.ListLocksAsync(None));
    }

    [Fact]
    public async Task A_process_releases_its_own_locks_at_the_end_of_a_run()
    {
        var journal = _folder.Open();
        var runId = await journal.StartRunAsync(Start(SamplePlans.SalesforceTarget), None);

        Assert.Equal(1, await journal.ReleaseLocksAsync(runId, evenIfAlive: false, None));
        Assert.Equal(0, await journal.ReleaseLocksAsync(runId, evenIfAlive: false, None));
    }

    [Fact]
    public void Liveness_tells_this_process_from_a_dead_one_and_a_reused_id()
    {
        var dead = DeadProcess();

        Assert.True(LockHolder.Current.IsAlive());
        Assert.False(dead.IsAlive());
        var earlier = LockHolder.Current.ProcessStartedAt!.Value.AddHours(-1);
        Assert.False((LockHolder.Current with { ProcessStartedAt = earlier }).IsAlive());
    }

    /// <summary>A process that ran on this machine and is gone: a <c>sleep</c>, killed and reaped.</summary>
    private static LockHolder DeadProcess()
    {
        using var process = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        var holder = LockHolder.Describe(process.Id, Environment.MachineName);
        process.Kill();
        process.WaitForExit();
        Assert.NotNull(holder.ProcessStartedAt);
        return holder;
    }

    /// <summary>Another process on this machine that stays alive until the test ends.</summary>
    private LockHolder LiveProcess()
    {
        var process = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        _started.Add(process);
        return LockHolder.Describe(process.Id, Environment.MachineName);
    }
}
