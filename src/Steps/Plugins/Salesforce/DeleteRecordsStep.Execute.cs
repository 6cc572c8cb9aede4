using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Runbook.Engine.Plugins;
using Runbook.Steps.Salesforce;

namespace Runbook.Steps.Plugins.Salesforce;

public sealed partial class DeleteRecordsStep
{
    /// <inheritdoc />
    public override async Task<StepOutcome> ExecuteAsync(
        StepExecutionContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var settings = DeleteSettings.Read(context.Attributes);
        if (settings.Problems().FirstOrDefault() is { } problem)
        {
            throw new StepFailedException(problem);
        }

        var org = settings.Org;
        var client = org.Client;
        var logger = context.CreateLogger(typeof(DeleteRecordsStep));
        var retriesBefore = org.Retries.Count;
        var tally = new DeleteTally(context.Progress, PlannedTotal(context.Plan, settings.Objects));
        var notes = ImmutableArray.CreateBuilder<string>();

        // Reads the ids of the objects that go through collections; started at the first of them.
        IdLane? lane = null;
        try
        {
            for (var index = 0; index < settings.Objects.Count; index++)
            {
                var objectName = settings.Objects[index];
                if (SalesforceNames.ObjectNameProblem(objectName) is { } nameProblem)
                {
                    throw new StepFailedException(
                        $"'{objectName}' is not a valid Salesforce API name: {nameProblem}.");
                }

                if (ParseDone(context.Checkpoints.Get(DoneCheckpoint + objectName)) is { } done)
                {
                    PluginLog.ObjectAlreadyDone(logger, objectName, done.Deleted, done.Failed);
                    tally.Begin(0);
                    tally.Set(objectName, done.Deleted, done.Failed, null);
                }
                else
                {
                    var countQuery = SalesforceNames.CountQuery(objectName, settings.Where);
                    var count = PlannedCount(context.Plan, objectName)
                        ?? await client.CountAsync(countQuery, cancellationToken).ConfigureAwait(false);

                    // An object whose bulk job an earlier attempt started stays with that job, whatever its count.
                    var bulk = settings.UsesBulkApi(count)
                        || context.Checkpoints.Get(BulkJobCheckpoint + objectName) is not null;
                    PluginLog.DeleteStarting(logger, count, objectName, bulk ? "Bulk API 2.0" : "sObject Collections");

                    if (bulk)
                    {
                        await DeleteThroughBulkApiAsync(context, settings, objectName, tally, logger, cancellationToken)
                            .ConfigureAwait(false);
                    }
                    else
                    {
                        if (lane?.IsNext(objectName) != true)
                        {
                            var previous = lane;
                            lane = null;
                            if (previous is not null)
                            {
                                await previous.DisposeAsync().ConfigureAwait(false);
                            }

                            lane = IdLane.Start(
                                client, CollectionsRun(context, settings, index), settings.Where, cancellationToken);
                        }

                        var batches = lane.Batches(objectName, cancellationToken);
                        await DeleteInCollectionsAsync(
                                context, settings, objectName, batches, tally, logger, cancellationToken)
                            .ConfigureAwait(false);
                    }

                    await context.Checkpoints.SetAsync(
                        DoneCheckpoint + objectName,
                        string.Create(CultureInfo.InvariantCulture, $"{tally.Deleted},{tally.Failed}"),
                        cancellationToken).ConfigureAwait(false);
                }

                PluginLog.ObjectDeleted(logger, tally.Deleted, objectName, tally.Failed);
                notes.Add($"{objectName}: {Counts.Of(tally.Deleted, "record")} deleted in org {org.Org.Id}" +
                    (tally.Failed > 0
                        ? $", {Counts.Format(tally.Failed)} failed (first error: {tally.FirstError})"
                        : ""));
                if (tally.Failed > 0)
                {
                    PluginLog.RecordsFailed(logger, tally.Failed, objectName, tally.FirstError ?? "unknown");
                }

                tally.Finish();
            }
        }
        finally
        {
            if (lane is not null)
            {
                await lane.DisposeAsync().ConfigureAwait(false);
            }
        }

        var retries = org.Retries.Count - retriesBefore;
        if (retries > 0)
        {
            notes.Add($"{Counts.Of(retries, "transient failure")} retried on {org.Name}.");
        }

        return new StepOutcome(Outputs(tally.TotalDeleted, tally.TotalFailed)) { Notes = notes.ToImmutable() };
    }

    /// <summary>
    /// The object at <paramref name="index"/>, which goes through collections, and the objects after it that are
    /// known to go that way too (unfinished, with a planned count at most the threshold, no bulk job): their ids
    /// are read by one lane, each object's first page while the previous object's last deletes are in flight.
    /// </summary>
    private static List<string> CollectionsRun(StepExecutionContext context, DeleteSettings settings, int index)
    {
        var run = new List<string> { settings.Objects[index] };
        foreach (var objectName in settings.Objects.Skip(index + 1))
        {
            var known = SalesforceNames.ObjectNameProblem(objectName) is null
                && ParseDone(context.Checkpoints.Get(DoneCheckpoint + objectName)) is null
                && context.Checkpoints.Get(BulkJobCheckpoint + objectName) is null
                && PlannedCount(context.Plan, objectName) is { } count
                && !settings.UsesBulkApi(count);
            if (!known)
            {
                break;
            }

            run.Add(objectName);
        }

        return run;
    }

    private static async Task DeleteInCollectionsAsync(
        StepExecutionContext context,
        DeleteSettings settings,
        string objectName,
        IAsyncEnumerable<string[]> batches,
        DeleteTally tally,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var client = settings.Org.Client;
        var earlier = ParseLong(context.Checkpoints.Get(DeletedCheckpoint + objectName));
        if (earlier > 0)
        {
            PluginLog.DeleteResumed(logger, objectName, earlier);
        }

        tally.Begin(earlier);

        // Checkpoint writes are serialised: the store need not be thread-safe, and each write takes the latest
        // count, so one that waited never writes a smaller number over a larger one.
        using var checkpointGate = new SemaphoreSlim(1, 1);
        var key = DeletedCheckpoint + objectName;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = (int)settings.Parallelism,
            CancellationToken = cancellationToken,
        };

        // The batches come from an id lane, which reads the query pages ahead of the deletes: `parallelism` deletes
        // stay in flight while the next page is fetched.
        await Parallel.ForEachAsync(batches, parallel, async (batch, token) =>
        {
            var results = await client.DeleteRecordsAsync(batch, token).ConfigureAwait(false);
            var failed = results.Where(result => !result.IsDone).ToArray();
            var error = failed.FirstOrDefault() is { } first
                ? $"{first.Errors.FirstOrDefault()?.ToString() ?? "no error given"} ({first.Id})"
                : null;
            tally.Add(objectName, results.Count - failed.Length, failed.Length, error);

            await checkpointGate.WaitAsync(token).ConfigureAwait(false);
            try
            {
                var deleted = tally.Deleted;
                await context.Checkpoints.SetAsync(key, deleted.ToString(CultureInfo.InvariantCulture), token)
                    .ConfigureAwait(false);
            }
            finally
            {
                checkpointGate.Release();
            }
        }).ConfigureAwait(false);
    }

    private async Task DeleteThroughBulkApiAsync(
        StepExecutionContext context,
        DeleteSettings settings,
        string objectName,
        DeleteTally tally,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var client = settings.Org.Client;
        var existing = context.Checkpoints.Get(BulkJobCheckpoint + objectName);
        if (existing is not null)
        {
            PluginLog.BulkJobResumed(logger, existing, objectName);
        }

        tally.Begin(0);
        var operation = settings.HardDelete ? BulkDeleteOperation.HardDelete : BulkDeleteOperation.Delete;
        var run = new BulkDeleteRun
        {
            Object = objectName,
            Operation = operation,
            Ids = client.QueryIdsAsync(SalesforceNames.IdQuery(objectName, settings.Where), cancellationToken),
            ExistingJobId = existing,
            PollInterval = _options.BulkJobPoll(context.Environment.EmulatorUrl is not null),
            OnJobCreated = (jobId, token) => context.Checkpoints.SetAsync(BulkJobCheckpoint + objectName, jobId, token),
            Progress = new BulkProgress(tally, objectName),
        };

        var job = await client.RunBulkDeleteAsync(run, cancellationToken).ConfigureAwait(false);
        if (job is null)
        {
            return;
        }

        if (job.State != BulkJobStates.JobComplete)
        {
            throw new StepFailedException(
                $"The Bulk API 2.0 {(settings.HardDelete ? "hardDelete" : "delete")} job {job.Id} for {objectName} " +
                $"ended {job.State}: {job.ErrorMessage ?? "Salesforce gave no reason"}.");
        }

        // A record another process deleted first fails with ENTITY_IS_DELETED; it is gone, which is the point.
        long alreadyDeleted = 0;
        string? firstError = null;
        if (job.RecordsFailed > 0)
        {
            var failures = client.GetBulkJobFailedResultsAsync(job.Id, cancellationToken);
            await foreach (var record in failures.ConfigureAwait(false))
            {
                if (record.IsAlreadyDeleted)
                {
                    alreadyDeleted++;
                }
                else
                {
                    firstError ??= $"{record.Error} ({record.Id})";
                }
            }
        }

        tally.Set(
            objectName,
            job.RecordsProcessed - job.RecordsFailed + alreadyDeleted,
            job.RecordsFailed - alreadyDeleted,
            firstError);
    }

    // The plan's counts, not its outputs: a plan read back from a plan file carries its facts.
    private static long? PlannedTotal(StepPlan plan, IReadOnlyList<string> objects)
    {
        var counts = objects.Select(objectName => PlannedCount(plan, objectName)).ToArray();
        return counts.All(count => count is not null) ? counts.Sum() : null;
    }

    private static long? PlannedCount(StepPlan plan, string objectName) =>
        plan.Facts.FirstOrDefault(fact => fact.Name == CountFact(objectName))?.Value is long count ? count : null;

    private static (long Deleted, long Failed)? ParseDone(string? value)
    {
        var parts = value?.Split(',') ?? [];
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var deleted)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var failed)
                ? (deleted, failed)
                : null;
    }

    private static long ParseLong(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;

    /// <summary>Turns Bulk API job polls into step progress.</summary>
    private sealed class BulkProgress(DeleteTally tally, string objectName) : IProgress<BulkJobInfo>
    {
        public void Report(BulkJobInfo value) =>
            tally.Set(objectName, value.RecordsProcessed - value.RecordsFailed, value.RecordsFailed, null);
    }
}
