using Runbook.Engine.Plugins;
using Runbook.Steps.Plugins;
using Runbook.Steps.Plugins.Salesforce;
using Runbook.Steps.Tests.Plugins.Support;

namespace Runbook.Steps.Tests.Plugins;

/// <summary>salesforce.delete_records against the emulator.</summary>
public sealed class DeleteRecordsTests
{
    private const string Invoices = "ia_crm__Sales_Invoice__c";
    private const string Contracts = "ia_crm__Contract__c";
    private const string FirstQueryPage = "GET /services/data/v62.0/query";
    private const string NextQueryPage = "GET /services/data/v62.0/query/{id}";
    private const string CollectionDelete = "DELETE /services/data/v62.0/composite/sobjects";
    private const string CreateJob = "POST /services/data/v62.0/jobs/ingest";

    // The tests of the collections path at 2,500 records an object pin bulk_threshold above the default (2,000).
    [Fact]
    public async Task Planning_counts_each_object_once_and_changes_nothing()
    {
        await using var world = await EmulatorWorld.StartAsync(options => options with { Records = 5000 });
        await using var crm = await world.OpenSalesforceAsync(sandbox: true);
        var step = new DeleteRecordsStep(world.Options);
        await world.ResetStatsAsync();

        var plan = await step.PlanAsync(
            world.PlanContext(step, "clear", Values(crm, Invoices, Contracts).With("bulk_threshold", 10_000L)),
            default);

        var stats = await world.StatsAsync();
        Assert.Equal(0, EmulatorWorld.Mutating(stats));
        Assert.Equal(2, EmulatorWorld.Route(stats, FirstQueryPage));
        Assert.Equal(0, EmulatorWorld.Route(stats, NextQueryPage));
        Assert.Empty(plan.Blockers);
        Assert.Equal(
            [
                $"Delete 2,500 {Invoices} records in org {crm.Identity.Id} (collections: 13 calls + 2 query pages)",
                $"Delete 2,500 {Contracts} records in org {crm.Identity.Id} (collections: 13 calls + 2 query pages)",
            ],
            plan.Actions.Select(action => action.Description));
        Assert.All(plan.Actions, action => Assert.True(action.IsMutating));
        Assert.Equal(5000L, plan.Outputs["deleted_records"]);
        Assert.Equal(0L, plan.Outputs["failed_records"]);
        Assert.Equal([$"count {Invoices}", $"count {Contracts}"], plan.Facts.Select(fact => fact.Name));
        Assert.All(plan.Facts, fact =>
        {
            Assert.Equal(2500L, fact.Value);
            Assert.Equal(FactTolerance.GrowthWithinDrift, fact.Tolerance);
        });
        Assert.Contains(plan.Evidence, 
            e => e.Fact.StartsWith("about 30 API calls to delete;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(4000, "(collections: 10 calls + 1 query page)")]
    [InlineData(4002, "(Bulk API 2.0 delete job: create, upload, close, polls + 2 query pages)")]
    public async Task By_default_objects_above_2000_records_go_through_a_bulk_job(int records, string method)
    {
        await using var world = await EmulatorWorld.StartAsync(options => options with { Records = records });
        await using var crm = await world.OpenSalesforceAsync(sandbox: true);
        var step = new DeleteRecordsStep(world.Options);

        var plan = await step.PlanAsync(world.PlanContext(step, "clear", Values(crm, Invoices)), default);

        Assert.EndsWith(method, Assert.Single(plan.Actions).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Above_the_threshold_the_plan_uses_a_bulk_job()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true);
        var step = new DeleteRecordsStep(world.Options);

        var plan = await step.PlanAsync(
            world.PlanContext(
                step,
                "clear",
                Values(crm, Invoices).With("bulk_threshold", 100L).With("where", "Name != null")),
            default);

        Assert.Equal(
            $"Delete 500 {Invoices} records where Name != null in org {crm.Identity.Id} (Bulk API 2.0 delete job: " +
            "create, upload, close, polls + 1 query page)",
            Assert.Single(plan.Actions).Description);
    }

    [Fact]
    public async Task Deleting_uses_one_collection_call_per_200_records_plus_the_query_pages_and_keeps_other_objects()
    {
        await using var world = await EmulatorWorld.StartAsync(options => options with { Records = 5000 });
        await using var crm = await world.OpenSalesforceAsync(sandbox: true, ConnectionMode.ReadWrite);
        var step = new DeleteRecordsStep(world.Options);
        var values = Values(crm, Invoices, Contracts).With("bulk_threshold", 10_000L);
        var plan = await step.PlanAsync(world.PlanContext(step, "clear", values), default);
        var before = await CountsAsync(world, "uat", "Account", "ia_crm__AR_Term__c", "ia_crm__Location__c");
        var production = await CountsAsync(world, "production", Invoices, Contracts);
        await world.ResetStatsAsync();
        var progress = new RecordingProgress();

        var context = world.ExecutionContext(step, "clear", values, plan, progress: progress);

        var outcome = await step.ExecuteAsync(context, default);

        var stats = await world.StatsAsync();
        Assert.Equal(5000L, outcome.Outputs["deleted_records"]);
        Assert.Equal(0L, outcome.Outputs["failed_records"]);
        Assert.Equal(2 * 13, EmulatorWorld.Route(stats, CollectionDelete));
        Assert.Equal(2, EmulatorWorld.Route(stats, FirstQueryPage));
        Assert.Equal(2, EmulatorWorld.Route(stats, NextQueryPage));
        Assert.Equal(EmulatorWorld.Route(stats, CollectionDelete), EmulatorWorld.Mutating(stats));
        Assert.Equal(0, await world.LiveCountAsync("uat", Invoices));
        Assert.Equal(0, await world.LiveCountAsync("uat", Contracts));
        Assert.Equal(before, await CountsAsync(world, "uat", "Account", "ia_crm__AR_Term__c", "ia_crm__Location__c"));
        Assert.Equal(production, await CountsAsync(world, "production", Invoices, Contracts));
        Assert.Equal(5000, progress.Reports.Max(report => report.Done));
        Assert.All(progress.Reports, report => Assert.Equal(5000, report.Total));
    }

    [Fact]
    public async Task Exactly_ceil_n_over_200_delete_calls_for_one_object()
    {
        await using var world = await EmulatorWorld.StartAsync(options => options with { Records = 2002 });
        await using var crm = await world.OpenSalesforceAsync(sandbox: true, ConnectionMode.ReadWrite);
        var step = new DeleteRecordsStep(world.Options);
        var values = Values(crm, Invoices);
        var plan = await step.PlanAsync(world.PlanContext(step, "clear", values), default);
        await world.ResetStatsAsync();

        var outcome = await step.ExecuteAsync(world.ExecutionContext(step, "clear", values, plan), default);

        var stats = await world.StatsAsync();
        Assert.Equal(1001L, outcome.Outputs["deleted_records"]);
        Assert.Equal(6, EmulatorWorld.Route(stats, CollectionDelete));
        Assert.Equal(1, EmulatorWorld.Route(stats, FirstQueryPage));
        Assert.Equal(0, EmulatorWorld.Route(stats, NextQueryPage));
    }

    [Fact]
    public async Task A_condition_limits_what_is_deleted()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true, ConnectionMode.ReadWrite);
        var step = new DeleteRecordsStep(world.Options);
        var values = Values(crm, Invoices).With("where", "Name IN ('INV-0000001', 'INV-0000002')");
        var plan = await step.PlanAsync(world.PlanContext(step, "clear", values), default);

        var outcome = await step.ExecuteAsync(world.ExecutionContext(step, "clear", values, plan), default);

        Assert.Equal(2L, plan.Outputs["deleted_records"]);
        Assert.Equal(2L, outcome.Outputs["deleted_records"]);
        Assert.Equal(498, await world.LiveCountAsync("uat", Invoices));
    }

    [Fact]
    public async Task Transient_errors_are_retried_and_the_delete_still_completes()
    {
        await using var world = await EmulatorWorld.StartAsync(options => options with { FaultRate = 0.2 });
        await using var crm = await world.OpenSalesforceAsync(sandbox: true, ConnectionMode.ReadWrite);
        var step = new DeleteRecordsStep(world.Options);
        var values = Values(crm, Invoices, Contracts);
        var plan = await step.PlanAsync(world.PlanContext(step, "clear", values), default);

        var outcome = await step.ExecuteAsync(world.ExecutionContext(step, "clear", values, plan), default);

        Assert.Equal(1000L, outcome.Outputs["deleted_records"]);
        Assert.Equal(0L, outcome.Outputs["failed_records"]);
        Assert.Equal(0, await world.LiveCountAsync("uat", Invoices));
        Assert.NotEmpty(crm.Retries);
        Assert.True((await world.StatsAsync())["faults"]!.GetValue<long>() > 0);
        Assert.Contains(outcome.Notes, note => note.EndsWith("retried on crm.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Above_the_threshold_records_go_through_one_bulk_job_per_object()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true, ConnectionMode.ReadWrite);
        var step = new DeleteRecordsStep(world.Options);
        var values = Values(crm, Invoices, Contracts).With("bulk_threshold", 100L);
        var plan = await step.PlanAsync(world.PlanContext(step, "clear", values), default);
        await world.ResetStatsAsync();
        var checkpoints = new MemoryCheckpoints();

        var outcome = await step.ExecuteAsync(
            world.ExecutionContext(step, "clear", values, plan, checkpoints),
            default);

        var stats = await world.StatsAsync();
        Assert.Equal(1000L, outcome.Outputs["deleted_records"]);
        Assert.Equal(2, EmulatorWorld.Route(stats, CreateJob));
        Assert.Equal(0, EmulatorWorld.Route(stats, CollectionDelete));
        Assert.Equal(0, await world.LiveCountAsync("uat", Invoices));
        Assert.Equal(0, await world.LiveCountAsync("uat", Contracts));
        Assert.StartsWith(
            "750",
            checkpoints.Get(DeleteRecordsStep.BulkJobCheckpoint + Invoices),
            StringComparison.Ordinal);
        Assert.Equal("500,0", checkpoints.Get(DeleteRecordsStep.DoneCheckpoint + Invoices));
    }

    [Fact]
    public async Task A_resumed_bulk_delete_re_attaches_to_its_job()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true, ConnectionMode.ReadWrite);
        var step = new DeleteRecordsStep(world.Options);
        var values = Values(crm, Invoices).With("bulk_threshold", 100L);
        var plan = await step.PlanAsync(world.PlanContext(step, "clear", values), default);
        var checkpoints = new MemoryCheckpoints();

        // The first attempt stops right after it recorded the new job, before uploading anything.
        checkpoints.AfterWrite = (key, _) =>
        {
            if (key.StartsWith(DeleteRecordsStep.BulkJobCheckpoint, StringComparison.Ordinal))
            {
                throw new OperationCanceledException("stopped");
            }
        };
        await Assert.ThrowsAsync<OperationCanceledException>(() =>
            step.ExecuteAsync(world.ExecutionContext(step, "clear", values, plan, checkpoints), default));
        checkpoints.AfterWrite = null;

        var outcome = await step.ExecuteAsync(
            world.ExecutionContext(step, "clear", values, plan, checkpoints),
            default);

        Assert.Equal(500L, outcome.Outputs["deleted_records"]);
        Assert.Equal(1, EmulatorWorld.Route(await world.StatsAsync(), CreateJob));
        Assert.Equal(0, await world.LiveCountAsync("uat", Invoices));
    }

    [Fact]
    public async Task A_resumed_collections_delete_skips_finished_objects_and_continues_the_count()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true, ConnectionMode.ReadWrite);
        var step = new DeleteRecordsStep(world.Options);
        var values = Values(crm, Invoices, Contracts).With("parallelism", 1L);
        var plan = await step.PlanAsync(world.PlanContext(step, "clear", values), default);
        var checkpoints = new MemoryCheckpoints();

        // The first attempt finishes the invoices and stops after the first batch of contracts.
        checkpoints.AfterWrite = (key, _) =>
        {
            if (key == DeleteRecordsStep.DeletedCheckpoint + Contracts)
            {
                throw new OperationCanceledException("stopped");
            }
        };
        await Assert.ThrowsAsync<OperationCanceledException>(() =>
            step.ExecuteAsync(world.ExecutionContext(step, "clear", values, plan, checkpoints), default));
        checkpoints.AfterWrite = null;
        Assert.Equal("200", checkpoints.Get(DeleteRecordsStep.DeletedCheckpoint + Contracts));
        await world.ResetStatsAsync();

        var outcome = await step.ExecuteAsync(
            world.ExecutionContext(step, "clear", values, plan, checkpoints),
            default);

        var stats = await world.StatsAsync();
        Assert.Equal(1000L, outcome.Outputs["deleted_records"]);
        Assert.Equal(2, EmulatorWorld.Route(stats, CollectionDelete));
        Assert.Equal(1, EmulatorWorld.Route(stats, FirstQueryPage));
        Assert.Equal(0, await world.LiveCountAsync("uat", Contracts));
    }

    [Fact]
    public async Task Records_someone_else_deleted_meanwhile_count_as_deleted_in_collections()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true, ConnectionMode.ReadWrite);
        await using var other = await world.OpenSalesforceAsync(sandbox: true, ConnectionMode.ReadWrite, "other");
        var step = new DeleteRecordsStep(world.Options);
        var values = Values(crm, Invoices).With("parallelism", 1L);
        var plan = await step.PlanAsync(world.PlanContext(step, "clear", values), default);
        var last = await LastIdAsync(other, Invoices);
        var checkpoints = new MemoryCheckpoints();

        // After the first batch, another user deletes a record the step has already read but not yet deleted.
        checkpoints.AfterWrite = (key, value) =>
        {
            if (key == DeleteRecordsStep.DeletedCheckpoint + Invoices && value == "200")
            {
                Assert.True(other.Client.DeleteRecordsAsync([last]).GetAwaiter().GetResult().Single().IsDone);
            }
        };

        var outcome = await step.ExecuteAsync(
            world.ExecutionContext(step, "clear", values, plan, checkpoints),
            default);

        Assert.Equal(500L, outcome.Outputs["deleted_records"]);
        Assert.Equal(0L, outcome.Outputs["failed_records"]);
        Assert.Equal(0, await world.LiveCountAsync("uat", Invoices));
    }

    [Fact]
    public async Task Records_someone_else_deleted_meanwhile_count_as_deleted_in_a_bulk_job()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true, ConnectionMode.ReadWrite);
        await using var other = await world.OpenSalesforceAsync(sandbox: true, ConnectionMode.ReadWrite, "other");
        var step = new DeleteRecordsStep(world.Options);
        var values = Values(crm, Invoices).With("bulk_threshold", 0L);
        var plan = await step.PlanAsync(world.PlanContext(step, "clear", values), default);
        var last = await LastIdAsync(other, Invoices);
        var checkpoints = new MemoryCheckpoints();

        // The job exists and its ids are read; the record goes before the upload is processed.
        checkpoints.AfterWrite = (key, _) =>
        {
            if (key == DeleteRecordsStep.BulkJobCheckpoint + Invoices)
            {
                Assert.True(other.Client.DeleteRecordsAsync([last]).GetAwaiter().GetResult().Single().IsDone);
            }
        };
        await world.ResetStatsAsync();

        var outcome = await step.ExecuteAsync(
            world.ExecutionContext(step, "clear", values, plan, checkpoints),
            default);

        Assert.Equal(500L, outcome.Outputs["deleted_records"]);
        Assert.Equal(0L, outcome.Outputs["failed_records"]);
        Assert.Equal(
            1,
            EmulatorWorld.Route(await world.StatsAsync(), "GET /services/data/v62.0/jobs/ingest/{id}/failedResults"));
    }

    [Fact]
    public async Task Hard_delete_without_the_permission_is_a_blocker_and_with_it_a_bulk_hard_delete()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true, ConnectionMode.ReadWrite);
        var step = new DeleteRecordsStep(world.Options);
        var values = Values(crm, Contracts).With("hard_delete", true);

        var refused = await step.PlanAsync(world.PlanContext(step, "clear", values), default);
        await world.GrantHardDeleteAsync("uat");
        var allowed = await step.PlanAsync(world.PlanContext(step, "clear", values), default);
        var outcome = await step.ExecuteAsync(world.ExecutionContext(step, "clear", values, allowed), default);

        Assert.StartsWith(
            "hard_delete needs the Bulk API Hard Delete permission, which the user of crm lacks",
            Assert.Single(refused.Blockers));
        Assert.Empty(allowed.Blockers);
        Assert.StartsWith($"Hard delete 500 {Contracts} records", Assert.Single(allowed.Actions).Description);
        Assert.Contains("Bulk API 2.0 hardDelete job", allowed.Actions[0].Description);
        Assert.Equal(500L, outcome.Outputs["deleted_records"]);
        var job = (await world.StateAsync())["bulkJobs"]!.AsArray().Single()!;
        Assert.Equal("hardDelete", job["operation"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_objects_and_bad_values_known_only_when_planning_are_blockers()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true);
        var step = new DeleteRecordsStep(world.Options);
        await world.ResetStatsAsync();

        var plan = await step.PlanAsync(
            world.PlanContext(step, "clear", Values(crm, "Nope__c", "Bad Name").With("parallelism", 0L)),
            default);

        Assert.Equal(3, plan.Blockers.Length);
        Assert.Equal("'parallelism' must be from 1 to 16; it is 0.", plan.Blockers[0]);
        Assert.StartsWith("Counting Nope__c in org ", plan.Blockers[1]);
        Assert.Contains("INVALID_TYPE", plan.Blockers[1]);
        Assert.Equal(
            "'Bad Name' is not a valid Salesforce API name: it contains a space; use the API name, not the label.",
            plan.Blockers[2]);
        Assert.Equal(1, EmulatorWorld.Route(await world.StatsAsync(), FirstQueryPage));
    }

    private static Dictionary<string, object?> Values(SalesforceHandle org, params string[] objects) => new()
    {
        ["org"] = org,
        ["objects"] = Attributes.List(objects),
    };

    private static async Task<string> LastIdAsync(SalesforceHandle org, string objectName)
    {
        var ids = new List<string>();
        await foreach (var id in org.Api.QueryIdsAsync($"SELECT Id FROM {objectName}"))
        {
            ids.Add(id);
        }

        return ids[^1];
    }

    private static async Task<long[]> CountsAsync(EmulatorWorld world, string org, params string[] objects)
    {
        var counts = new List<long>();
        foreach (var name in objects)
        {
            counts.Add(await world.LiveCountAsync(org, name));
        }

        return [.. counts];
    }
}
