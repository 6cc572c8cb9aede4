using System.Collections.Immutable;
using System.Text.Json;
using Json.Schema;
using Runbook.Engine.Binding;
using Runbook.Engine.Execution;
using Runbook.Engine.Planning;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Engine.Tests.TestSupport;
using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.Planning;

public sealed class PlanApproveApplyTests
{
    private const string Source = """
        runbook "fake" {
            param target: string = "Invoice__c"

            connection crm: fake {
                org      = "uat"
                password = secret("FAKE_PASSWORD")
            }

            require org_type(crm) == "sandbox"
                because "Only sandboxes."

            step clear: fake.delete "Delete" {
                org    = crm
                object = param.target
            }

            plan {
                approvals = 1
                max_age   = 1h
                drift     = 10
                expect steps.clear.deleted <= 1000
            }
        }
        """;

    private readonly FakeWorld _world = new();
    private readonly PluginRegistry _plugins;
    private readonly PluginEnvironment _environment = new()
    {
        External = new ExternalValues(ImmutableDictionary<string, string>.Empty.Add("FAKE_PASSWORD", "hunter2")),
    };

    public PlanApproveApplyTests() => _plugins = _world.CreateRegistry();

    private RunbookCompilation Compile(string source = Source)
    {
        var compilation = RunbookCompilation.Create(SourceText.From(source, "fake.runbook"), _plugins);
        Assert.Empty(compilation.Diagnostics);
        return compilation;
    }

    private Task<PlanDocument> PlanAsync(string source = Source, string createdBy = "alice")
        => Planner.CreateAsync(new PlanRequest
        {
            Compilation = Compile(source),
            RunbookPath = "fake.runbook",
            Plugins = _plugins,
            Environment = _environment,
            CreatedBy = createdBy,
            ToolVersion = "test",
        }, CancellationToken.None);

    private Task<RunResult> ApplyAsync(PlanDocument plan, string source = Source)
        => Executor.RunAsync(new RunRequest
        {
            Plan = plan,
            Compilation = Compile(source),
            Plugins = _plugins,
            Environment = _environment,
            Journal = new InMemoryRunJournal(),
            Interaction = new NoOperator(),
            Operator = "carol",
        }, CancellationToken.None);

    [Fact]
    public async Task A_plan_proves_preconditions_plans_steps_and_changes_nothing()
    {
        var plan = await PlanAsync();

        Assert.True(plan.Valid);
        Assert.Equal(PlanFile.ComputeId(plan), plan.Id);
        var precondition = Assert.Single(plan.Preconditions);
        Assert.True(precondition.Result);
        var evidence = Assert.Single(precondition.Evidence);
        Assert.Equal(
            ("crm", "org 00D000000000001, type sandbox", "observed"),
            (evidence.Subject, evidence.Fact, evidence.Source));
        var step = Assert.Single(plan.Steps);
        Assert.Equal("Delete 100 Invoice__c records", Assert.Single(step.Actions).Description);
        Assert.Equal(100, step.Outputs["deleted"]!.GetValue<long>());
        Assert.True(Assert.Single(plan.Expectations).Result);
        Assert.Empty(_world.MutatingCalls);
    }

    [Fact]
    public async Task A_failing_precondition_makes_the_plan_invalid_and_plans_no_step()
    {
        var plan = await PlanAsync(
            Source.Replace("org      = \"uat\"", "org      = \"prod\"", StringComparison.Ordinal));

        Assert.False(plan.Valid);
        Assert.Empty(plan.Steps);
        Assert.Equal(
            "Precondition does not hold: org_type(crm) == \"sandbox\". Only sandboxes.",
            Assert.Single(plan.Problems));
    }

    [Fact]
    public async Task Secrets_never_reach_the_plan_file()
    {
        var json = PlanFile.ToJson(await PlanAsync());

        Assert.DoesNotContain("hunter2", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_files_validate_against_the_documented_schema_and_round_trip()
    {
        var plan = Approvals.Approve(await PlanAsync(), "bob", "looks right", DateTimeOffset.UtcNow);
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.json");
        PlanFile.Save(path, plan);

        var schema = JsonSchema.FromText(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "plan.schema.json")));
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var loaded = PlanFile.Load(path);
        File.Delete(path);

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .Select(detail => $"{detail.InstanceLocation}: {string.Join("; ", detail.Errors!.Values)}")));
        Assert.Equal(plan.Id, PlanFile.ComputeId(loaded));
        Assert.Equal(1, Approvals.Count(loaded));
    }

    [Fact]
    public async Task The_creator_cannot_approve_and_nobody_approves_twice()
    {
        var plan = await PlanAsync(createdBy: "alice");

        var own = Assert.Throws<ApprovalException>(() => Approvals.Approve(plan, "Alice", null, DateTimeOffset.UtcNow));
        var approved = Approvals.Approve(plan, "bob", null, DateTimeOffset.UtcNow);
        var twice = Assert.Throws<ApprovalException>(
            () => Approvals.Approve(approved, "bob", null, DateTimeOffset.UtcNow));

        Assert.Equal("Alice made this plan; another person must approve it.", own.Message);
        Assert.Equal("bob has already approved this plan; each person approves once.", twice.Message);
    }

    [Fact]
    public async Task Apply_refuses_a_plan_without_enough_approvals()
    {
        var plan = await PlanAsync();

        var reasons = ApplyGate.Check(plan, Source, DateTimeOffset.UtcNow);

        Assert.Equal(
            "The plan needs 1 approval(s) from people other than alice and has 0. " +
            "Ask a reviewer to run 'runbook approve PLAN --by NAME'.",
            Assert.Single(reasons));
    }

    [Fact]
    public async Task Apply_refuses_when_the_runbook_changed()
    {
        var plan = Approvals.Approve(await PlanAsync(), "bob", null, DateTimeOffset.UtcNow);

        var reasons = ApplyGate.Check(plan, Source + "\n# edited\n", DateTimeOffset.UtcNow);

        Assert.Equal(
            "The runbook fake.runbook changed after the plan was made. Make and approve a new plan.",
            Assert.Single(reasons));
    }

    [Fact]
    public async Task Apply_refuses_an_edited_plan_file()
    {
        var plan = Approvals.Approve(await PlanAsync(), "bob", null, DateTimeOffset.UtcNow);
        var edited = plan with { Policy = plan.Policy with { Drift = 1000 } };

        var reasons = ApplyGate.Check(edited, Source, DateTimeOffset.UtcNow);

        Assert.Contains("The plan file was edited after it was made", Assert.Single(reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_refuses_a_plan_older_than_its_max_age()
    {
        var plan = Approvals.Approve(await PlanAsync(), "bob", null, DateTimeOffset.UtcNow);

        var reasons = ApplyGate.Check(plan, Source, plan.CreatedAt.AddMinutes(61));

        Assert.Equal(
            "The plan is 61m old; plans expire after 1h (max_age). Make the plan again.",
            Assert.Single(reasons));
    }

    [Fact]
    public async Task Apply_refuses_when_a_connection_reaches_another_org()
    {
        var plan = Approvals.Approve(await PlanAsync(), "bob", null, DateTimeOffset.UtcNow);
        _world.Orgs["uat"] = ("00D000000000009", "sandbox");

        var refused = await Assert.ThrowsAsync<ApplyRefusedException>(() => ApplyAsync(plan));

        Assert.Equal(
            "Connection 'crm' now reaches 00D000000000009 (sandbox), " +
            "but the plan was made for 00D000000000001 (sandbox). " +
            "Make the plan again against the intended system.",
            Assert.Single(refused.Reasons));
        Assert.Empty(_world.MutatingCalls);
    }

    [Fact]
    public async Task A_count_that_grew_beyond_the_drift_stops_the_run_before_the_step()
    {
        var plan = Approvals.Approve(await PlanAsync(), "bob", null, DateTimeOffset.UtcNow);
        _world.Counts["Invoice__c"] = 111;

        var result = await ApplyAsync(plan);

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Contains(
            "count Invoice__c grew from 100 to 111, more than the plan's drift of 10% allows",
            result.Message,
            StringComparison.Ordinal);
        Assert.Empty(_world.MutatingCalls);
    }

    [Fact]
    public async Task A_count_within_the_drift_runs_and_the_step_deletes()
    {
        var plan = Approvals.Approve(await PlanAsync(), "bob", null, DateTimeOffset.UtcNow);
        _world.Counts["Invoice__c"] = 110;

        var result = await ApplyAsync(plan);

        Assert.Equal(RunStatus.Succeeded, result.Status);
        Assert.Equal(110L, Assert.Single(result.Steps).Outputs["deleted"]);
        Assert.Equal(0, _world.Counts["Invoice__c"]);
    }

    private sealed class NoOperator : IOperatorInteraction
    {
        public Task<ManualConfirmation?> ConfirmAsync(
            string stepName,
            string title,
            string instructions,
            CancellationToken cancellationToken)
            => Task.FromResult<ManualConfirmation?>(null);
    }
}
