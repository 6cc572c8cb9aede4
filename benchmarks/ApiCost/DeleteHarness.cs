using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Steps.Plugins;
using Runbook.Steps.Plugins.Salesforce;

namespace Runbook.ApiCost;

/// <summary>
/// Drives <c>salesforce.delete_records</c> the way the engine does, without the CLI: opens the sandbox
/// connection read-only and plans, then opens it read-write and executes, resetting the emulator's stats around
/// each phase so that each phase's calls are counted on their own.
/// </summary>
internal static class DeleteHarness
{
    public static readonly ImmutableArray<string> TransactionObjects =
        ["ia_crm__Sales_Invoice__c", "ia_crm__Contract__c"];

    /// <summary>Plans and executes one delete of every transaction object of the sandbox org.</summary>
    public static async Task<DeleteMeasurement> RunAsync(
        EmulatorHost emulator,
        long bulkThreshold,
        long parallelism,
        TimeSpan bulkPollInterval,
        CallTimeline? timeline = null)
    {
        var environment = new PluginEnvironment
        {
            EmulatorUrl = emulator.BaseUrl,
            External = new ExternalValues(ImmutableDictionary<string, string>.Empty, _ => null),
        };
        if (timeline is not null)
        {
            environment = environment with
            {
                HttpHandlerFactory = () => timeline.Wrap(new SocketsHttpHandler
                {
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                }),
            };
        }

        var step = new DeleteRecordsStep(new BuiltInPluginOptions { BulkJobPollInterval = bulkPollInterval });

        // Planning: opening the connection logs in and reads the Organization; only the step's own calls count.
        StepPlan plan;
        RouteCounts planCalls;
        await using (var reader = await OpenAsync(environment, ConnectionMode.ReadOnly))
        {
            await emulator.ResetStatsAsync();
            plan = await step.PlanAsync(
                new StepPlanContext("clear", null, Values(step, reader, bulkThreshold, parallelism), environment),
                default);
            planCalls = await emulator.StatsAsync();
        }

        if (!plan.Blockers.IsEmpty)
        {
            throw new InvalidOperationException("The plan has blockers: " + string.Join(" ", plan.Blockers));
        }

        await using var client = await OpenAsync(environment, ConnectionMode.ReadWrite);
        await emulator.ResetStatsAsync();
        timeline?.Clear();
        var context = new StepExecutionContext(
            "clear",
            null,
            Values(step, client, bulkThreshold, parallelism),
            environment,
            plan,
            new Progress<StepProgress>(_ => { }),
            new MemoryCheckpoints(),
            new NoOperator(),
            (_, _) => Task.FromResult<FunctionResult?>(null));

        var clock = Stopwatch.StartNew();
        var outcome = await step.ExecuteAsync(context, default);
        clock.Stop();
        timeline?.Stop();
        var executeCalls = await emulator.StatsAsync();

        var left = 0L;
        foreach (var objectName in TransactionObjects)
        {
            left += await emulator.LiveCountAsync(objectName);
        }

        return new DeleteMeasurement(
            (long)plan.Outputs["deleted_records"]!,
            (long)outcome.Outputs["deleted_records"]!,
            left,
            plan.Facts.Select(fact => (long)fact.Value!).ToImmutableArray(),
            planCalls,
            executeCalls,
            clock.Elapsed);
    }

    private static async Task<SalesforceHandle> OpenAsync(PluginEnvironment environment, ConnectionMode mode)
    {
        var plugin = new SalesforceConnectionPlugin();
        var attributes = Attributes(plugin.Schema.Attributes, new Dictionary<string, object?>
        {
            ["login_url"] = "https://test.salesforce.com",
            ["username"] = EmulatorHost.SandboxUser,
            ["password"] = new SecretValue("SF_PASSWORD", EmulatorHost.Password),
        });
        return (SalesforceHandle)await plugin.OpenAsync(
            new ConnectionRequest("crm", attributes, mode, environment),
            default);
    }

    private static AttributeValues Values(
        StepPlugin step,
        SalesforceHandle org,
        long bulkThreshold,
        long parallelism) =>
        Attributes(step.Schema.Attributes, new Dictionary<string, object?>
        {
            ["org"] = org,
            ["objects"] = TransactionObjects.Select(name => (object?)name).ToImmutableArray(),
            ["bulk_threshold"] = bulkThreshold,
            ["parallelism"] = parallelism,
        });

    // As the engine does: the values given, the schema's defaults for the rest.
    private static AttributeValues Attributes(
        ImmutableArray<AttributeSchema> schema,
        IReadOnlyDictionary<string, object?> values)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var attribute in schema.Where(attribute => !attribute.Deferred))
        {
            builder[attribute.Name] = values.TryGetValue(attribute.Name, out var value) && value is not null
                ? value
                : attribute.DefaultValue;
        }

        return new AttributeValues(builder.ToImmutable());
    }

    private sealed class MemoryCheckpoints : IStepCheckpoints
    {
        private readonly ConcurrentDictionary<string, string> _notes = new(StringComparer.Ordinal);

        public string? Get(string key) => _notes.TryGetValue(key, out var value) ? value : null;

        public Task SetAsync(string key, string value, CancellationToken cancellationToken)
        {
            _notes[key] = value;
            return Task.CompletedTask;
        }
    }

    private sealed class NoOperator : IOperatorInteraction
    {
        public Task<ManualConfirmation?> ConfirmAsync(
            string stepName,
            string title,
            string instructions,
            CancellationToken cancellationToken) =>
            Task.FromResult<ManualConfirmation?>(null);
    }
}
