using Runbook.Engine.Plugins;
using Runbook.Steps.Plugins;
using Runbook.Steps.Plugins.Salesforce;
using Runbook.Steps.Tests.Plugins.Support;

namespace Runbook.Steps.Tests.Plugins;

/// <summary>salesforce.refresh_sandbox against the emulator: plan, refresh, and re-attaching after a stop.</summary>
public sealed class RefreshSandboxTests
{
    private const string PatchRoute = "PATCH /services/data/v62.0/tooling/sobjects/SandboxInfo/{id}";

    [Fact]
    public async Task Planning_reads_the_sandbox_and_its_last_copy_and_changes_nothing()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var production = await world.OpenSalesforceAsync(sandbox: false, name: "prod");
        var step = new RefreshSandboxStep(world.Options);
        await world.ResetStatsAsync();

        var plan = await step.PlanAsync(world.PlanContext(step, "refresh", Values(production)), default);

        Assert.Equal(0, EmulatorWorld.Mutating(await world.StatsAsync()));
        Assert.Empty(plan.Blockers);
        Assert.Empty(plan.Warnings);
        var action = Assert.Single(plan.Actions);
        Assert.True(action.IsMutating);
        Assert.Matches(
            $"^Refresh sandbox uat \\(DEVELOPER_PRO; allowed since \\d{{4}}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\) from " +
            $"production org {production.Identity.Id} \\(prod\\), activating it when the copy is ready$",
            action.Description);
        Assert.Equal(["SandboxInfo uat id", "SandboxInfo uat licence"], plan.Facts.Select(f => f.Name));
        Assert.Equal("DEVELOPER_PRO", plan.Facts[1].Value);
        Assert.All(plan.Facts, fact => Assert.Equal(FactTolerance.Exact, fact.Tolerance));
        Assert.Equal("", plan.Outputs["sandbox_process_id"]);
        Assert.Contains(plan.Evidence, e => e.Fact.StartsWith("SandboxInfo 0GQ", StringComparison.Ordinal)
            && e.Fact.EndsWith("sandbox uat, LicenseType DEVELOPER_PRO, AutoActivate true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refreshing_saves_the_process_at_once_reports_progress_and_waits_for_completion()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var production = await world.OpenSalesforceAsync(sandbox: false, ConnectionMode.ReadWrite, "prod");
        var step = new RefreshSandboxStep(world.Options);
        var plan = await step.PlanAsync(world.PlanContext(step, "refresh", Values(production)), default);
        var checkpoints = new MemoryCheckpoints();
        var progress = new RecordingProgress();
        string? processAtFirstPoll = null;
        var watcher = new CallbackProgress(report =>
        {
            processAtFirstPoll ??= checkpoints.Get(RefreshSandboxStep.ProcessCheckpoint) ?? "(none)";
            progress.Report(report);
        });

        var outcome = await step.ExecuteAsync(
            world.ExecutionContext(step, "refresh", Values(production), plan, checkpoints, watcher),
            default);

        var processId = Assert.IsType<string>(outcome.Outputs["sandbox_process_id"]);
        Assert.StartsWith("0GR", processId, StringComparison.Ordinal);
        Assert.Equal(processId, processAtFirstPoll);
        Assert.Equal(
            [RefreshSandboxStep.PreviousProcessCheckpoint, RefreshSandboxStep.ProcessCheckpoint],
            checkpoints.Writes);
        Assert.Equal(100, progress.Reports.Last().Done);
        Assert.Equal("Completed", progress.Reports.Last().Message);
        Assert.All(progress.Reports, report => Assert.Equal("%", report.Unit));

        var sandboxes = (await world.StateAsync())["sandboxes"]!.AsArray();
        var processes = sandboxes.Single()!["processes"]!.AsArray();
        Assert.Equal(2, processes.Count);
        Assert.Equal(processId, processes[^1]!["id"]!.GetValue<string>());
        Assert.Equal("Completed", processes[^1]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_resumed_step_re_attaches_to_its_refresh_instead_of_starting_another()
    {
        await using var world = await EmulatorWorld.StartAsync(options => options with { RefreshSeconds = 1.5 });
        await using var production = await world.OpenSalesforceAsync(sandbox: false, ConnectionMode.ReadWrite, "prod");
        var step = new RefreshSandboxStep(world.Options);
        var plan = await step.PlanAsync(world.PlanContext(step, "refresh", Values(production)), default);
        var checkpoints = new MemoryCheckpoints();

        // The first attempt stops as soon as it has saved the process id, as if the machine went down.
        checkpoints.AfterWrite = (key, _) =>
        {
            if (key == RefreshSandboxStep.ProcessCheckpoint)
            {
                throw new OperationCanceledException("stopped");
            }
        };
        await Assert.ThrowsAsync<OperationCanceledException>(() => step.ExecuteAsync(
            world.ExecutionContext(step, "refresh", Values(production), plan, checkpoints), default));
        var started = checkpoints.Get(RefreshSandboxStep.ProcessCheckpoint);
        checkpoints.AfterWrite = null;

        var outcome = await step.ExecuteAsync(
            world.ExecutionContext(step, "refresh", Values(production), plan, checkpoints), default);

        Assert.Equal(started, outcome.Outputs["sandbox_process_id"]);
        Assert.Equal(1, EmulatorWorld.Route(await world.StatsAsync(), PatchRoute));
        var processes = (await world.StateAsync())["sandboxes"]![0]!["processes"]!.AsArray();
        Assert.Equal(2, processes.Count);
        Assert.Equal("Completed", processes[^1]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_attempt_that_stopped_after_the_request_but_before_saving_the_process_re_attaches_too()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var production = await world.OpenSalesforceAsync(sandbox: false, ConnectionMode.ReadWrite, "prod");
        var step = new RefreshSandboxStep(world.Options);
        var plan = await step.PlanAsync(world.PlanContext(step, "refresh", Values(production)), default);
        var checkpoints = new MemoryCheckpoints();
        var previous = await NewestProcessAsync(world);
        await checkpoints.SetAsync(RefreshSandboxStep.PreviousProcessCheckpoint, previous, default);

        // The request itself went through, but the attempt never learnt the new process id.
        var info = await production.Api.GetSandboxInfoAsync("uat");
        await production.Client.RefreshSandboxAsync(info!);

        var outcome = await step.ExecuteAsync(
            world.ExecutionContext(step, "refresh", Values(production), plan, checkpoints), default);

        Assert.Equal(await NewestProcessAsync(world), outcome.Outputs["sandbox_process_id"]);
        Assert.Equal(1, EmulatorWorld.Route(await world.StatsAsync(), PatchRoute));
    }

    [Fact]
    public async Task Planning_a_refresh_too_early_is_a_blocker()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var production = await world.OpenSalesforceAsync(sandbox: false, ConnectionMode.ReadWrite, "prod");
        var step = new RefreshSandboxStep(world.Options);
        var first = await step.PlanAsync(world.PlanContext(step, "refresh", Values(production)), default);
        await step.ExecuteAsync(world.ExecutionContext(step, "refresh", Values(production), first), default);

        var again = await step.PlanAsync(world.PlanContext(step, "refresh", Values(production)), default);

        var blocker = Assert.Single(again.Blockers);
        Assert.Matches(
            "^Sandbox uat \\(DEVELOPER_PRO\\) was last refreshed at .+ UTC; " +
            "Salesforce allows the next refresh from .+ UTC\\.$",
            blocker);
        Assert.StartsWith("Found 2 sandbox processes for 'uat'; following the newest", again.Warnings.Single());
    }

    [Fact]
    public async Task Refreshing_from_a_sandbox_or_an_unknown_sandbox_is_a_blocker()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var sandbox = await world.OpenSalesforceAsync(sandbox: true);
        await using var production = await world.OpenSalesforceAsync(sandbox: false, name: "prod");
        var step = new RefreshSandboxStep(world.Options);

        var fromSandbox = await step.PlanAsync(world.PlanContext(step, "refresh", Values(sandbox)), default);
        var unknown = await step.PlanAsync(
            world.PlanContext(step, "refresh", Values(production).With("sandbox", "qa")),
            default);

        Assert.Contains(
            $"{sandbox.Name} is org {sandbox.Identity.Id}, which is a sandbox; a sandbox is refreshed from its " +
            "source production org.",
            fromSandbox.Blockers);
        Assert.Equal(
            $"Org {production.Identity.Id} (prod) has no sandbox named 'qa' (no SandboxInfo).",
            Assert.Single(unknown.Blockers));
    }

    [Theory]
    [InlineData("DEVELOPER", 1)]
    [InlineData("DEVELOPER_PRO", 1)]
    [InlineData("PARTIAL", 5)]
    [InlineData("FULL", 29)]
    public void Refresh_intervals_follow_the_licence(string licence, int days)
    {
        var last = DateTimeOffset.Parse("2025-03-01T09:00:00Z");

        Assert.Equal(last.AddDays(days), SandboxRefreshIntervals.EarliestRefresh(licence, last));
        Assert.Null(SandboxRefreshIntervals.EarliestRefresh("MYSTERY", last));
    }

    private static Dictionary<string, object?> Values(SalesforceHandle org) => new()
    {
        ["org"] = org,
        ["sandbox"] = "uat",
    };

    private static async Task<string> NewestProcessAsync(EmulatorWorld world) =>
        (await world.StateAsync())["sandboxes"]![0]!["processes"]!.AsArray()[^1]!["id"]!.GetValue<string>();

    private sealed class CallbackProgress(Action<StepProgress> report) : IProgress<StepProgress>
    {
        public void Report(StepProgress value) => report(value);
    }
}
