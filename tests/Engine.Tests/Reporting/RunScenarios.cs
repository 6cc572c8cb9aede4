using System.Collections.Immutable;
using Runbook.Engine.Execution;
using Runbook.Engine.Planning;
using Runbook.Engine.Plugins;
using Runbook.Engine.Tests.Execution;

namespace Runbook.Engine.Tests.Reporting;

/// <summary>
/// Runs of the sandbox refresh written into a journal through <see cref="IRunJournal"/> only, the way the
/// executor writes them, with every time taken from a manual clock so reports come out the same every time.
/// </summary>
internal sealed class RunScenarios(IRunJournal journal, ManualClock clock)
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly ImmutableArray<string> Targets = [SamplePlans.SalesforceTarget, SamplePlans.IntacctTarget];

    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Every step succeeds; the refresh needs one retry; two people confirm the manual steps.</summary>
    public async Task<string> SucceededAsync()
    {
        var plan = SamplePlans.Refresh();
        var runId = await BeginAsync(plan);

        await RefreshSandboxAsync(runId, retried: true);
        await DeleteSubscriptionDataAsync(runId);
        await ManualAsync(runId, "cancel_subscription", "dave", "interactive");
        await ManualAsync(runId, "subscribe_again", "dave", "--confirm");

        await journal.RunStatusAsync(runId, RunStatus.Succeeded, null, None);
        return runId;
    }

    /// <summary>The delete fails after a retry on Salesforce's request limit; the run stops there.</summary>
    public async Task<string> FailedAsync()
    {
        var plan = SamplePlans.Refresh();
        var runId = await BeginAsync(plan);
        await RefreshSandboxAsync(runId, retried: false);

        const string step = "delete_subscription_data";
        await journal.DriftCheckedAsync(runId, step, [], None);
        var started = Advance(TimeSpan.FromMinutes(1));
        await journal.StepStartedAsync(runId, step, 1, started, None);
        await journal.Checkpoints(runId, step).SetAsync("bulk_job", "7505g00000AbCdE", None);
        Advance(TimeSpan.FromSeconds(40));
        await journal.EventAsync(runId, "retry",
            $"{step}: attempt 1 failed (REQUEST_LIMIT_EXCEEDED); retrying in 30s.", None);
        var error = "REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded. | Used 100000 of 100000 <daily>";
        var ended = Advance(TimeSpan.FromSeconds(35));
        await journal.StepEndedAsync(runId, new StepRecord(step, StepStatus.Failed)
        {
            StartedAt = started,
            EndedAt = ended,
            Error = error,
            Attempts = 2,
        }, None);
        await journal.EventAsync(runId, "step-failed", $"{step}: {error}", None);

        await journal.RunStatusAsync(
            runId,
            RunStatus.Failed,
            $"Step '{step}' failed: {error} Fix the cause and resume: runbook apply --resume {runId}",
            None);
        return runId;
    }

    /// <summary>An auto-approved rehearsal that the operator stops with Ctrl+C during the delete.</summary>
    public async Task<string> StoppedAsync()
    {
        var plan = SamplePlans.Refresh(autoApproved: true);
        var runId = await BeginAsync(plan);
        await RefreshSandboxAsync(runId, retried: false);

        const string step = "delete_subscription_data";
        await journal.DriftCheckedAsync(runId, step, [], None);
        var started = Advance(TimeSpan.FromMinutes(1));
        await journal.StepStartedAsync(runId, step, 1, started, None);
        Advance(TimeSpan.FromMinutes(4));
        await journal.StepEndedAsync(runId, new StepRecord(step, StepStatus.Pending)
        {
            StartedAt = started,
            Attempts = 1,
            Error = "Interrupted.",
        }, None);

        await journal.RunStatusAsync(
            runId,
            RunStatus.Stopped,
            $"Stopped during step '{step}'. Resume with: runbook apply --resume {runId}",
            None);
        return runId;
    }

    /// <summary>A run that waits at the first manual step because nobody could confirm it.</summary>
    public async Task<string> WaitingAsync()
    {
        var runId = await BeginAsync(SamplePlans.Refresh());
        await RefreshSandboxAsync(runId, retried: false);
        await DeleteSubscriptionDataAsync(runId);

        var started = Advance(TimeSpan.FromMinutes(1));
        await journal.StepStartedAsync(runId, "cancel_subscription", 1, started, None);
        await journal.StepEndedAsync(
            runId, new StepRecord("cancel_subscription", StepStatus.Waiting) { StartedAt = started,
                Attempts = 1 }, None);
        await journal.RunStatusAsync(runId, RunStatus.WaitingForOperator,
            "Step 'cancel_subscription' waits for a person.", None);
        return runId;
    }

    private async Task<string> BeginAsync(PlanDocument plan)
    {
        clock.Set(Start);
        var runId = await journal.StartRunAsync(new RunStart(plan, "carol", Start, Targets), None);
        foreach (var condition in plan.Preconditions)
        {
            await journal.PreconditionCheckedAsync(runId, condition, None);
        }

        return runId;
    }

    private async Task RefreshSandboxAsync(string runId, bool retried)
    {
        const string step = "refresh_sandbox";
        await journal.DriftCheckedAsync(runId, step, [], None);
        var started = Advance(TimeSpan.FromMinutes(1));
        await journal.StepStartedAsync(runId, step, 1, started, None);
        await journal.Checkpoints(runId, step).SetAsync("sandbox_process", "0GR5g0000004ABC", None);
        if (retried)
        {
            Advance(TimeSpan.FromSeconds(5));
            await journal.EventAsync(runId, "retry",
                $"{step}: attempt 1 failed (HTTP 503 Service Unavailable); retrying in 2s.", None);
        }

        var ended = Advance(TimeSpan.FromMinutes(49));
        await journal.StepEndedAsync(runId, new StepRecord(step, StepStatus.Succeeded)
        {
            StartedAt = started,
            EndedAt = ended,
            Outputs = ImmutableDictionary<string, object?>.Empty
                .Add("status", "Completed")
                .Add("copy_progress", 100L)
                .Add("waited", TimeSpan.FromMinutes(49)),
            Notes = ["Sandbox uat was refreshed from production."],
            Attempts = retried ? 2 : 1,
        }, None);
    }

    private async Task DeleteSubscriptionDataAsync(string runId)
    {
        const string step = "delete_subscription_data";
        await journal.DriftCheckedAsync(runId, step, [], None);
        var started = Advance(TimeSpan.FromMinutes(1));
        await journal.StepStartedAsync(runId, step, 1, started, None);
        await journal.Checkpoints(runId, step).SetAsync("bulk_job", "7505g00000AbCdE", None);
        var ended = Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(12));
        await journal.StepEndedAsync(runId, new StepRecord(step, StepStatus.Succeeded)
        {
            StartedAt = started,
            EndedAt = ended,
            Outputs = ImmutableDictionary<string, object?>.Empty
                .Add("deleted", 1204L)
                .Add("objects", ImmutableArray.Create<object?>("ia_crm__Sales_Invoice__c", "ia_crm__Contract__c"))
                .Add("hard_delete", false),
            Attempts = 1,
        }, None);
    }

    private async Task ManualAsync(string runId, string step, string person, string source)
    {
        var started = Advance(TimeSpan.FromMinutes(1));
        await journal.StepStartedAsync(runId, step, 1, started, None);
        var answered = Advance(TimeSpan.FromMinutes(7));
        await journal.ConfirmationAsync(runId, step,
            new ManualConfirmation(person, answered, Confirmed: true, step, source), None);
        await journal.StepEndedAsync(runId, new StepRecord(step, StepStatus.Succeeded)
        {
            StartedAt = started,
            EndedAt = answered,
            Attempts = 1,
        }, None);
    }

    private DateTimeOffset Advance(TimeSpan by) => clock.Advance(by);
}
