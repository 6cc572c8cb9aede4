using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Runbook.Engine.Execution;
using Runbook.Engine.Execution.Journal;
using Runbook.Engine.Planning;
using Runbook.Engine.Plugins;

namespace Runbook.Engine.Tests.Execution;

public sealed class SqliteRunJournalTests : IDisposable
{
    private static CancellationToken None => CancellationToken.None;

    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly JournalFolder _folder = new();
    private readonly ManualClock _clock = new(T0);

    public void Dispose() => _folder.Dispose();

    private static RunStart Start(PlanDocument? plan = null, DateTimeOffset? at = null, params string[] targets)
        => new(plan ?? SamplePlans.Refresh(), "carol", at ?? T0,
            targets.Length == 0 ? [SamplePlans.SalesforceTarget] : [.. targets]);

    [Fact]
    public async Task A_new_run_has_every_planned_step_pending_in_plan_order()
    {
        var journal = _folder.Open(_clock);

        var runId = await journal.StartRunAsync(Start(), None);
        var steps = await journal.LoadStepsAsync(runId, None);

        Assert.Equal(
            ["refresh_sandbox", "delete_subscription_data", "cancel_subscription", "subscribe_again"],
            steps.Select(step => step.Name));
        Assert.All(steps, step => Assert.Equal(StepStatus.Pending, step.Status));
    }

    [Fact]
    public async Task Every_record_kind_reads_back_as_written_after_reopening()
    {
        var plan = SamplePlans.Refresh();
        var journal = _folder.Open(_clock);
        var start = Start(plan, T0, SamplePlans.SalesforceTarget, SamplePlans.IntacctTarget);
        var runId = await journal.StartRunAsync(start, None);
        var outputs = ImmutableDictionary<string, object?>.Empty
            .Add("text", "done")
            .Add("count", 1204L)
            .Add("flag", true)
            .Add("wait", TimeSpan.FromHours(6))
            .Add("precise", TimeSpan.FromMilliseconds(1500))
            .Add("nothing", null)
            .Add("list",
                ImmutableArray.Create<object?>("a", 2L, false, TimeSpan.FromMinutes(15),
                    ImmutableArray.Create<object?>("nested")));

        await journal.StepStartedAsync(runId, "refresh_sandbox", 1, T0.AddMinutes(1), None);
        await journal.Checkpoints(runId, "refresh_sandbox").SetAsync("process", "0GR000000000001", None);
        await journal.Checkpoints(runId, "refresh_sandbox").SetAsync("batches", "1", None);
        await journal.Checkpoints(runId, "refresh_sandbox").SetAsync("batches", "2", None);
        var ended = new StepRecord("refresh_sandbox", StepStatus.Succeeded)
        {
            StartedAt = T0.AddMinutes(1),
            EndedAt = T0.AddMinutes(50),
            Outputs = outputs,
            Notes = ["Copy took 49 minutes."],
            Attempts = 1,
        };
        await journal.StepEndedAsync(runId, ended, None);
        var confirmation = new ManualConfirmation("dave", T0.AddHours(1), Confirmed: true, "cancel_subscription",
            "interactive");
        await journal.ConfirmationAsync(runId, "cancel_subscription", confirmation, None);
        await journal.EventAsync(runId, JournalEventKinds.Retry,
            "refresh_sandbox: attempt 1 failed (timeout); retrying in 2s.", None);
        var precondition = plan.Preconditions[0];
        await journal.PreconditionCheckedAsync(runId, precondition, None);
        await journal.DriftCheckedAsync(runId, "delete_subscription_data", ["count grew"], None);
        _clock.Advance(TimeSpan.FromHours(2));
        await journal.RunStatusAsync(runId, RunStatus.Failed, "Stopped before step 'delete_subscription_data'.", None);
        journal.Dispose();

        var history = await _folder.Open(_clock).LoadRunAsync(runId, None);

        Assert.NotNull(history);
        var run = history.Run;
        Assert.Equal(PlanFile.ToJson(plan), PlanFile.ToJson(run.Plan));
        Assert.Equal<string>([SamplePlans.IntacctTarget, SamplePlans.SalesforceTarget], run.Targets);
        Assert.Equal(("carol", T0, RunStatus.Failed), (run.StartedBy, run.StartedAt, run.Status));
        Assert.Equal("Stopped before step 'delete_subscription_data'.", run.StatusMessage);
        Assert.Equal(T0.AddHours(2), run.EndedAt);

        var step = history.Steps[0];
        Assert.Equal(ended.Status, step.Record.Status);
        Assert.Equal((ended.StartedAt, ended.EndedAt, ended.Error, ended.Attempts),
            (step.Record.StartedAt, step.Record.EndedAt, step.Record.Error, step.Record.Attempts));
        Assert.Equal<string>(ended.Notes, step.Record.Notes);
        AssertSameOutputs(outputs, step.Record.Outputs);
        var attempt = Assert.Single(step.Attempts);
        Assert.Equal((1, T0.AddMinutes(1), T0.AddMinutes(50), AttemptOutcome.Succeeded),
            (attempt.Number, attempt.StartedAt, attempt.EndedAt, attempt.Outcome));
        AssertSameOutputs(outputs, attempt.Outputs);
        Assert.Equal([("batches", "2"), ("process", "0GR000000000001")],
            step.Checkpoints.Select(pair => (pair.Key, pair.Value)));

        Assert.Equal(new JournalConfirmation("cancel_subscription", confirmation),
            Assert.Single(history.Confirmations));

        Assert.Equal(
            [JournalEventKinds.RunStarted, JournalEventKinds.Retry, JournalEventKinds.Precondition,
                JournalEventKinds.Drift, JournalEventKinds.Status],
            history.Events.Select(item => item.Kind));
        Assert.Equal("refresh_sandbox", history.Events[1].Step);
        Assert.Equal(T0, history.Events[1].At);
        Assert.Equal(precondition.Condition, history.Events[2].Data?["condition"]?.GetValue<string>());
        Assert.Equal(2, history.Events[2].Data?["evidence"]?.AsArray().Count);
        Assert.True(history.Events[3].Data?["drifted"]?.GetValue<bool>());
        Assert.Equal("delete_subscription_data", history.Events[3].Step);
        var sequence = history.Events.Select(item => item.Sequence).ToList();
        Assert.Equal(sequence.Order(), sequence);
    }

    [Fact]
    public async Task Checkpoints_written_by_one_process_are_read_by_the_next()
    {
        var runId = await _folder.Open(_clock).StartRunAsync(Start(), None);
        await _folder.Open(_clock).Checkpoints(runId, "delete_subscription_data").SetAsync("job", "750xx0001", None);

        var reopened = _folder.Open(_clock);

        Assert.Equal("750xx0001", reopened.Checkpoints(runId, "delete_subscription_data").Get("job"));
        Assert.Null(reopened.Checkpoints(runId, "refresh_sandbox").Get("job"));
        Assert.Null(reopened.Checkpoints(runId, "delete_subscription_data").Get("other"));
    }

    [Fact]
    public async Task A_new_attempt_closes_the_attempt_a_killed_process_left_open()
    {
        var journal = _folder.Open(_clock);
        var runId = await journal.StartRunAsync(Start(), None);
        await journal.StepStartedAsync(runId, "delete_subscription_data", 1, T0.AddMinutes(1), None);

        // The process is killed here: no end is recorded. The resumed run loads the step and starts attempt 2.
        var loaded = (await journal.LoadStepsAsync(runId, None))[1];
        await journal.StepStartedAsync(runId, loaded.Name, loaded.Attempts + 1, T0.AddMinutes(9), None);
        await journal.StepEndedAsync(runId, new StepRecord(loaded.Name, StepStatus.Failed)
        {
            StartedAt = T0.AddMinutes(9),
            EndedAt = T0.AddMinutes(10),
            Error = "INVALID_SESSION_ID",
            Attempts = 2,
        }, None);

        var history = await journal.LoadRunAsync(runId, None);
        Assert.Equal((StepStatus.Running, 1), (loaded.Status, loaded.Attempts));
        Assert.Equal(
            [(1, AttemptOutcome.Abandoned, (DateTimeOffset?)null, (string?)null),
                (2, AttemptOutcome.Failed, T0.AddMinutes(10), "INVALID_SESSION_ID")],
            history!.Steps[1].Attempts.Select(item => (item.Number, item.Outcome, item.EndedAt, item.Error)));
    }

    [Fact]
    public async Task A_step_that_ends_before_its_attempt_starts_marks_a_killed_attempt_abandoned_not_failed()
    {
        var journal = _folder.Open(_clock);
        var runId = await journal.StartRunAsync(Start(), None);
        await journal.StepStartedAsync(runId, "delete_subscription_data", 1, T0, None);

        // The resumed run finds drift before starting attempt 2 and ends the step without an attempt.
        var drifted = new StepRecord("delete_subscription_data", StepStatus.Failed)
        {
            EndedAt = T0.AddHours(1),
            Error = "drift",
        };
        await journal.StepEndedAsync(runId, drifted, None);

        var attempt = Assert.Single((await journal.LoadRunAsync(runId, None))!.Steps[1].Attempts);
        Assert.Equal((AttemptOutcome.Abandoned, (string?)null), (attempt.Outcome, attempt.Error));
    }

    [Theory]
    [InlineData(StepStatus.Waiting, AttemptOutcome.Waiting)]
    [InlineData(StepStatus.Pending, AttemptOutcome.Interrupted)]
    [InlineData(StepStatus.Failed, AttemptOutcome.Failed)]
    public async Task An_attempt_ends_with_the_outcome_of_its_step(StepStatus status, AttemptOutcome expected)
    {
        var journal = _folder.Open(_clock);
        var runId = await journal.StartRunAsync(Start(), None);
        await journal.StepStartedAsync(runId, "cancel_subscription", 1, T0, None);
        _clock.Advance(TimeSpan.FromMinutes(3));

        await journal.StepEndedAsync(runId,
            new StepRecord("cancel_subscription", status) { StartedAt = T0, Attempts = 1 }, None);

        var attempt = Assert.Single((await journal.LoadRunAsync(runId, None))!.Steps[2].Attempts);
        Assert.Equal((expected, T0.AddMinutes(3)), (attempt.Outcome, attempt.EndedAt));
    }

    [Fact]
    public async Task A_skipped_step_has_no_attempt()
    {
        var journal = _folder.Open(_clock);
        var runId = await journal.StartRunAsync(Start(), None);

        await journal.StepEndedAsync(runId, new StepRecord("refresh_sandbox", StepStatus.Skipped) { EndedAt = T0 },
            None);

        var step = (await journal.LoadRunAsync(runId, None))!.Steps[0];
        Assert.Equal(StepStatus.Skipped, step.Record.Status);
        Assert.Empty(step.Attempts);
    }

    [Fact]
    public async Task A_step_the_plan_did_not_list_is_kept_after_the_planned_ones()
    {
        var journal = _folder.Open(_clock);
        var runId = await journal.StartRunAsync(Start(), None);

        await journal.StepEndedAsync(runId, new StepRecord("extra", StepStatus.Succeeded) { EndedAt = T0 }, None);

        Assert.Equal("extra", (await journal.LoadStepsAsync(runId, None))[^1].Name);
    }

    [Fact]
    public async Task Writing_to_an_unknown_run_is_refused_and_finding_it_gives_null()
    {
        var journal = _folder.Open(_clock);

        var error = await Assert.ThrowsAsync<JournalException>(() => journal.LoadStepsAsync("nope", None));
        await Assert.ThrowsAsync<JournalException>(() => journal.EventAsync("nope", "retry", "x", None));

        Assert.Contains("no run nope", error.Message, StringComparison.Ordinal);
        Assert.Null(await journal.FindRunAsync("nope", None));
        Assert.Null(await journal.LoadRunAsync("nope", None));
    }

    [Fact]
    public async Task Finding_a_run_gives_its_plan_and_status_for_a_resume()
    {
        var plan = SamplePlans.Refresh();
        var journal = _folder.Open(_clock);
        var runId = await journal.StartRunAsync(Start(plan), None);
        await journal.RunStatusAsync(runId, RunStatus.WaitingForOperator,
            "Step 'cancel_subscription' waits for a person.", None);

        var run = await journal.FindRunAsync(runId, None);

        Assert.Equal(plan.Id, run!.Plan.Id);
        Assert.Equal<PlanApproval>(plan.Approvals, run.Plan.Approvals);
        Assert.Equal(RunStatus.WaitingForOperator, run.Status);
        Assert.Null(run.EndedAt);
    }

    [Fact]
    public async Task Runs_are_listed_newest_first()
    {
        var journal = _folder.Open(_clock);
        var first = await journal.StartRunAsync(Start(at: T0, targets: "a:1"), None);
        var third = await journal.StartRunAsync(Start(at: T0.AddHours(2), targets: "a:2"), None);
        var second = await journal.StartRunAsync(Start(at: T0.AddHours(1), targets: "a:3"), None);
        var sameTimeAsThird = await journal.StartRunAsync(Start(at: T0.AddHours(2), targets: "a:4"), None);

        var runs = await journal.ListRunsAsync(None);

        Assert.Equal([sameTimeAsThird, third, second, first], runs.Select(run => run.Id));
        Assert.Equal(new RunSummary(first, RunStatus.Running, "sandbox-refresh", T0), runs[^1]);
    }

    [Fact]
    public async Task The_runs_list_as_json_has_id_status_runbook_and_started_only()
    {
        var journal = _folder.Open(_clock);
        var runId = await journal.StartRunAsync(Start(), None);
        await journal.RunStatusAsync(runId, RunStatus.WaitingForOperator, null, None);

        var json = JsonNode.Parse(RunListJson.Write(await journal.ListRunsAsync(None)))!.AsArray();

        var run = Assert.Single(json)!.AsObject();
        Assert.Equal(["id", "status", "runbook", "started"], run.Select(pair => pair.Key));
        Assert.Equal(runId, run["id"]!.GetValue<string>());
        Assert.Equal("waiting-for-operator", run["status"]!.GetValue<string>());
        Assert.Equal("sandbox-refresh", run["runbook"]!.GetValue<string>());
        Assert.Equal("2025-03-01T10:00:00+00:00", run["started"]!.GetValue<string>());
        Assert.Equal("[]", RunListJson.Write([]));
    }

    [Fact]
    public async Task An_interrupted_write_leaves_nothing_of_itself_and_the_file_usable()
    {
        var journal = _folder.Open(_clock);
        var kept = await journal.StartRunAsync(Start(targets: "a:1"), None);
        await journal.StepStartedAsync(kept, "refresh_sandbox", 1, T0, None);

        // The connection goes away in the middle of the transaction, as it does when the process is killed.
        journal.BeforeCommit = connection => connection.Dispose();
        await Assert.ThrowsAnyAsync<Exception>(() => journal.StartRunAsync(Start(targets: "a:2"), None));
        await Assert.ThrowsAnyAsync<Exception>(() => journal.StepEndedAsync(
            kept, new StepRecord("refresh_sandbox", StepStatus.Succeeded) { EndedAt = T0, Attempts = 1 }, None));
        journal.Dispose();

        var reopened = _folder.Open(_clock);
        Assert.Equal([kept], (await reopened.ListRunsAsync(None)).Select(run => run.Id));
        Assert.Equal(["a:1"], (await reopened.ListLocksAsync(None)).Select(held => held.Target));
        var step = (await reopened.LoadRunAsync(kept, None))!.Steps[0];
        Assert.Equal(StepStatus.Running, step.Record.Status);
        Assert.Equal(AttemptOutcome.Running, Assert.Single(step.Attempts).Outcome);
        Assert.Equal("ok", IntegrityCheck());

        var next = await reopened.StartRunAsync(Start(targets: "a:2"), None);
        Assert.Equal(2, (await reopened.ListRunsAsync(None)).Count);
        Assert.NotEqual(kept, next);
    }

    [Fact]
    public async Task A_failing_write_rolls_back_every_statement_of_its_transaction()
    {
        var journal = _folder.Open(_clock);
        journal.BeforeCommit = _ => throw new IOException("disk gone");

        await Assert.ThrowsAsync<IOException>(() => journal.StartRunAsync(Start(), None));

        journal.BeforeCommit = null;
        Assert.Equal(0L, Count("runs") + Count("run_targets") + Count("steps") + Count("locks") + Count("events"));
    }

    private long Count(string table)
    {
        using var connection = new SqliteConnection($"Data Source={_folder.StateFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private string IntegrityCheck()
    {
        using var connection = new SqliteConnection($"Data Source={_folder.StateFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private static void AssertSameOutputs(ImmutableDictionary<string, object?> expected, ImmutableDictionary<string,
        object?> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (name, value) in expected)
        {
            AssertSameValue(value, actual[name]);
        }
    }

    private static void AssertSameValue(object? expected, object? actual)
    {
        if (expected is ImmutableArray<object?> list)
        {
            var read = Assert.IsType<ImmutableArray<object?>>(actual);
            Assert.Equal(list.Length, read.Length);
            foreach (var (item, readItem) in list.Zip(read))
            {
                AssertSameValue(item, readItem);
            }

            return;
        }

        Assert.Equal(expected?.GetType(), actual?.GetType());
        Assert.Equal(expected, actual);
    }
}
