using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Steps.Plugins;
using Runbook.Steps.Plugins.Manual;
using Runbook.Steps.Tests.Plugins.Support;

namespace Runbook.Steps.Tests.Plugins;

/// <summary>The manual step: asking, waiting, failing and verifying.</summary>
public sealed class ManualStepTests
{
    private static readonly ManualStep Step = new();

    private static readonly Dictionary<string, object?> Values = new()
    {
        ["instructions"] = "Go to Company > Admin > Subscriptions and switch the Advanced CRM Integration off.",
    };

    [Fact]
    public async Task The_plan_shows_one_action_a_person_takes_in_the_named_system()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var erp = await world.OpenIntacctAsync("acme-sandbox");
        var context = new StepPlanContext(
            "cancel",
            "Cancel the subscription",
            Attributes.For(Step.Schema.Attributes, Values.With("system", erp)),
            world.Environment);

        var plan = await Step.PlanAsync(context, default);

        var action = Assert.Single(plan.Actions);
        Assert.Equal(
            "Manual: Cancel the subscription in erp (intacct acme-sandbox); a person acts and an operator confirms",
            action.Description);
        Assert.True(action.IsMutating);
        Assert.Equal("", plan.Outputs["confirmed_by"]);
        Assert.Equal(erp.Identity.Evidence.ToArray(), plan.Evidence.ToArray());
        Assert.True(Step.Schema.Attributes.Single(a => a.Name == "verify").Deferred);
    }

    [Fact]
    public async Task Without_a_confirmation_the_run_waits_for_a_person()
    {
        var world = Context(ScriptedOperator.Nobody());

        var waiting = await Assert.ThrowsAsync<WaitingForOperatorException>(
            () => Step.ExecuteAsync(world.Context, default));

        Assert.Equal("cancel", waiting.StepName);
        Assert.Equal(
            ("cancel", "Cancel the subscription", (string)Values["instructions"]!),
            Assert.Single(world.Operator.Asked));
        Assert.False(world.VerifyAsked);
    }

    [Fact]
    public async Task A_person_who_reports_a_failure_fails_the_step_with_the_reason()
    {
        var answer = new ManualConfirmation(
            "ada", DateTimeOffset.UtcNow, false, "The switch is greyed out.", "interactive");
        var world = Context(new ScriptedOperator(answer));

        var failed = await Assert.ThrowsAsync<StepFailedException>(() => Step.ExecuteAsync(world.Context, default));

        Assert.Equal("ada reported that 'Cancel the subscription' failed: The switch is greyed out.", failed.Message);
        Assert.False(world.VerifyAsked);
    }

    [Fact]
    public async Task A_confirmed_step_is_verified_and_fails_with_the_evidence_when_false()
    {
        var evidence = new Evidence("crm", "12 ia_crm__Sales_Invoice__c records in org 00D4U0000000001AAA (sandbox)");
        var world = Context(ScriptedOperator.Confirming("ada"), new FunctionResult(false, [evidence]));

        var failed = await Assert.ThrowsAsync<StepFailedException>(() => Step.ExecuteAsync(world.Context, default));

        Assert.True(world.VerifyAsked);
        Assert.Equal(
            "ada confirmed 'Cancel the subscription', but its verification is false: " +
            "crm: 12 ia_crm__Sales_Invoice__c records in org 00D4U0000000001AAA (sandbox)",
            failed.Message);
    }

    [Fact]
    public async Task A_confirmed_and_verified_step_outputs_who_confirmed_it()
    {
        var evidence = new Evidence("crm", "0 ia_crm__Sales_Invoice__c records");
        var world = Context(ScriptedOperator.Confirming("ada"), new FunctionResult(true, [evidence]));

        var outcome = await Step.ExecuteAsync(world.Context, default);

        Assert.Equal("ada", outcome.Outputs["confirmed_by"]);
        Assert.Equal(
            [
                "Confirmed by ada at 2025-03-01 10:00 UTC (interactive).",
                "Verified: crm: 0 ia_crm__Sales_Invoice__c records",
            ],
            outcome.Notes.ToArray());
    }

    [Fact]
    public async Task Without_verify_the_confirmation_is_enough()
    {
        var world = Context(ScriptedOperator.Confirming("grace"));

        var outcome = await Step.ExecuteAsync(world.Context, default);

        Assert.Equal("grace", outcome.Outputs["confirmed_by"]);
        Assert.True(world.VerifyAsked);
    }

    private static ManualWorld Context(ScriptedOperator person, FunctionResult? verify = null)
    {
        var world = new ManualWorld(person);
        world.Context = new StepExecutionContext(
            "cancel",
            "Cancel the subscription",
            Attributes.For(Step.Schema.Attributes, Values),
            new PluginEnvironment(),
            new StepPlan(),
            new RecordingProgress(),
            new MemoryCheckpoints(),
            person,
            (attribute, _) =>
            {
                Assert.Equal("verify", attribute);
                world.VerifyAsked = true;
                return Task.FromResult(verify);
            });
        return world;
    }

    private sealed class ManualWorld(ScriptedOperator person)
    {
        public ScriptedOperator Operator { get; } = person;

        public StepExecutionContext Context { get; set; } = null!;

        public bool VerifyAsked { get; set; }
    }
}
