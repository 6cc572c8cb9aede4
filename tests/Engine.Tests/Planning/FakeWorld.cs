using System.Collections.Concurrent;
using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Tests.Planning;

/// <summary>
/// A tiny system for engine tests: orgs with ids and types, and counted objects that a step deletes. Its
/// plugins record every mutating call, so tests can prove planning made none.
/// </summary>
internal sealed class FakeWorld
{
    public ConcurrentDictionary<string, (string Id, string Type)> Orgs { get; } = new()
    {
        ["uat"] = ("00D000000000001", "sandbox"),
        ["prod"] = ("00D000000000002", "production"),
    };

    public ConcurrentDictionary<string, long> Counts { get; } = new() { ["Invoice__c"] = 100 };

    public ConcurrentQueue<string> MutatingCalls { get; } = new();

    public PluginRegistry CreateRegistry() => new PluginRegistry()
        .Add(new Connection(this))
        .Add(new DeleteStep(this))
        .Add(new OrgTypeFunction())
        .Add(new SecretFunction());

    public sealed class Handle(string name, ConnectionMode mode, string org, FakeWorld world)
        : ConnectionHandle(name, "fake", mode)
    {
        public string Org { get; } = org;

        public FakeWorld World { get; } = world;

        public override ConnectionIdentity Identity => new(
            World.Orgs[Org].Id,
            World.Orgs[Org].Type,
            [new Evidence(Name, $"org {World.Orgs[Org].Id}, type {World.Orgs[Org].Type}")]);
    }

    private sealed class Connection(FakeWorld world) : ConnectionPlugin
    {
        public override ConnectionKindSchema Schema { get; } = new("fake", "A fake system.",
        [
            new AttributeSchema("org", RunbookType.String, "Which org.") { Required = true },
            new AttributeSchema("password", RunbookType.String, "A password.") { AcceptsSecret = true },
        ]);

        public override Task<ConnectionHandle> OpenAsync(ConnectionRequest request, CancellationToken cancellationToken)
            => Task.FromResult<ConnectionHandle>(
                new Handle(request.Name, request.Mode, request.Attributes.GetString("org")!, world));
    }

    private sealed class DeleteStep(FakeWorld world) : StepPlugin
    {
        public override StepKindSchema Schema { get; } = new("fake.delete", "Deletes every record of an object.",
            [
                new AttributeSchema("org", RunbookType.Connection("fake"), "Where.") { Required = true },
                new AttributeSchema("object", RunbookType.String, "What.") { Required = true },
            ],
            [new OutputSchema("deleted", RunbookType.Int, "Records deleted.")]);

        public override Task<StepPlan> PlanAsync(StepPlanContext context, CancellationToken cancellationToken)
        {
            var target = context.Attributes.GetString("object")!;
            var count = world.Counts.GetValueOrDefault(target);
            return Task.FromResult(new StepPlan
            {
                Actions = [new PlannedAction($"Delete {count} {target} records", IsMutating: true)],
                Outputs = ImmutableDictionary<string, object?>.Empty.Add("deleted", count),
                Facts = [new PlanFact($"count {target}", count, FactTolerance.GrowthWithinDrift)],
            });
        }

        public override Task<StepOutcome> ExecuteAsync(
            StepExecutionContext context,
            CancellationToken cancellationToken)
        {
            var handle = context.Attributes.GetConnection<Handle>("org");
            if (handle.Mode != ConnectionMode.ReadWrite)
            {
                throw new InvalidOperationException("Execution was given a read-only connection.");
            }

            var target = context.Attributes.GetString("object")!;
            world.MutatingCalls.Enqueue($"delete {target}");
            var deleted = world.Counts.GetValueOrDefault(target);
            world.Counts[target] = 0;
            return Task.FromResult(new StepOutcome(ImmutableDictionary<string, object?>.Empty.Add("deleted", deleted)));
        }
    }

    private sealed class OrgTypeFunction : FunctionPlugin
    {
        public override FunctionSchema Schema { get; } = new("org_type", "The org's type.",
            [new ParameterSchema("c", RunbookType.AnyConnection, "A connection.")], RunbookType.String);

        public override Task<FunctionResult> InvokeAsync(
            FunctionContext context,
            ImmutableArray<object?> arguments,
            CancellationToken cancellationToken)
        {
            var handle = (ConnectionHandle)arguments[0]!;
            return Task.FromResult(new FunctionResult(handle.Identity.OrgType, handle.Identity.Evidence));
        }
    }

    private sealed class SecretFunction : FunctionPlugin
    {
        public override FunctionSchema Schema { get; } = new("secret", "A secret.",
            [new ParameterSchema("name", RunbookType.String, "Its name.")], RunbookType.String)
        {
            ReturnsSecret = true,
        };

        public override Task<FunctionResult> InvokeAsync(
            FunctionContext context,
            ImmutableArray<object?> arguments,
            CancellationToken cancellationToken)
        {
            var name = (string)arguments[0]!;
            var value = context.Environment.External.Find(name) ?? throw new EvaluationException($"{name} is not set.");
            return Task.FromResult(FunctionResult.Of(new SecretValue(name, value)));
        }
    }
}
