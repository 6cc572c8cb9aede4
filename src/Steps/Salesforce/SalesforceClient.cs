using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Runbook.Steps.Http;

namespace Runbook.Steps.Salesforce;

/// <summary>
/// The full Salesforce client: everything <see cref="SalesforceReader"/> reads, plus the operations that change
/// an org (deleting records, Bulk API 2.0 delete jobs, sandbox refreshes). Execution uses this type.
/// </summary>
public sealed class SalesforceClient : SalesforceApi
{
    /// <summary>The most ids one sObject Collections delete takes.</summary>
    public const int MaxIdsPerCollectionDelete = 200;

    /// <summary>Creates a client over a transport handler the caller owns (and disposes).</summary>
    public SalesforceClient(
        SalesforceOptions options,
        HttpMessageHandler transport,
        ILogger<SalesforceClient>? logger = null)
        : base(new SalesforceConnection(transport, options, logger ?? (ILogger)NullLogger.Instance))
    {
    }

    /// <summary>
    /// Deletes up to 200 records with one sObject Collections call (<c>allOrNone=false</c>). Returns one result
    /// per id, in id order; <c>ENTITY_IS_DELETED</c> counts as done. Records that fail transiently (a locked
    /// row) are sent again, alone, under the retry policy; records still failing after the last retry come back
    /// as failed.
    /// </summary>
    public async Task<IReadOnlyList<DeleteRecordResult>> DeleteRecordsAsync(
        IReadOnlyList<string> ids,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ids.Count, MaxIdsPerCollectionDelete, nameof(ids));
        if (ids.Count == 0)
        {
            return [];
        }

        foreach (var id in ids)
        {
            SalesforceId.Require(id, nameof(ids));
        }

        var settled = new Dictionary<string, DeleteRecordResult>(StringComparer.Ordinal);
        var pending = ids.Distinct(StringComparer.Ordinal).ToList();
        var operation = $"DELETE {DataPath}/composite/sobjects";
        SalesforceApiException? lockedRows = null;

        try
        {
            await Connection.Retry.ExecuteAsync(
                operation,
                RetryMode.Always,
                async token =>
                {
                    pending = await DeleteOnceAsync(pending, settled, token).ConfigureAwait(false);
                    if (pending.Count > 0)
                    {
                        lockedRows = LockedRows(operation, pending, settled);
                        throw lockedRows;
                    }

                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (SalesforceApiException e) when (ReferenceEquals(e, lockedRows))
        {
            // Retries are spent on rows that stayed locked; their per-record failures are the answer.
        }

        var results = ids.Select(id => settled[id]).ToArray();
        Logger.BatchDeleted(
            results.Length,
            results.Count(r => r.Outcome == DeleteOutcome.Deleted),
            results.Count(r => r.Outcome == DeleteOutcome.AlreadyDeleted),
            results.Count(r => r.Outcome == DeleteOutcome.Failed));

        return results;
    }

    /// <summary>
    /// Deletes a stream of ids in batches of 200 with sObject Collections and yields each batch's results as it
    /// completes, so that the caller can record progress and resume.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<DeleteRecordResult>> DeleteInBatchesAsync(
        IAsyncEnumerable<string> ids,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var batch = new List<string>(MaxIdsPerCollectionDelete);
        await foreach (var id in ids.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(id);
            if (batch.Count == MaxIdsPerCollectionDelete)
            {
                yield return await DeleteRecordsAsync(batch.ToArray(), cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            yield return await DeleteRecordsAsync(batch.ToArray(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Creates a Bulk API 2.0 delete or hardDelete job (CSV, LF). Not repeated after a lost reply, so that a
    /// timeout can never leave two jobs behind.
    /// </summary>
    public async Task<BulkJobInfo> CreateBulkDeleteJobAsync(
        string objectName,
        BulkDeleteOperation operation,
        CancellationToken cancellationToken = default)
    {
        var body = new
        {
            @object = RequireObjectName(objectName),
            operation = operation == BulkDeleteOperation.HardDelete ? "hardDelete" : "delete",
            contentType = "CSV",
            lineEnding = "LF",
        };
        var call = new SalesforceCall(
            HttpMethod.Post,
            $"{DataPath}/jobs/ingest",
            RetryMode.OnlyIfRefused,
            () => SalesforceConnection.JsonBody(body));

        var job = await Connection.SendJsonAsync<BulkJobInfo>(call, cancellationToken).ConfigureAwait(false);
        Logger.BulkJobCreated(body.operation, job.Id, body.@object);
        return job;
    }

    /// <summary>Uploads the ids of an open job as a one-column CSV (<c>Id</c>); returns how many were sent.</summary>
    public async Task<long> UploadBulkJobIdsAsync(
        string jobId,
        IAsyncEnumerable<string> ids,
        CancellationToken cancellationToken = default)
    {
        await using var spool = await BulkIdSpool.WriteAsync(ids, cancellationToken).ConfigureAwait(false);
        await UploadAsync(jobId, spool, cancellationToken).ConfigureAwait(false);
        return spool.Count;
    }

    /// <summary>Tells Salesforce the upload is complete, which starts processing.</summary>
    public Task<BulkJobInfo> CompleteBulkJobUploadAsync(string jobId, CancellationToken cancellationToken = default)
    {
        var call = new SalesforceCall(
            HttpMethod.Patch,
            $"{DataPath}/jobs/ingest/{SalesforceId.Require(jobId, nameof(jobId))}",
            RetryMode.OnlyIfRefused,
            () => SalesforceConnection.JsonBody(new { state = BulkJobStates.UploadComplete }));

        return Connection.SendJsonAsync<BulkJobInfo>(call, cancellationToken);
    }

    /// <summary>
    /// Runs a Bulk API 2.0 delete from start to end, or re-attaches to the job of an interrupted run. A new run
    /// writes the ids to disk, creates the job, reports its id through <see cref="BulkDeleteRun.OnJobCreated"/>,
    /// uploads, completes the upload and polls, from one interval after, until the job ends. A resumed run (with
    /// <see cref="BulkDeleteRun.ExistingJobId"/>) never creates a job: it reads the job's state, uploads and
    /// completes only if the job is still open, and otherwise just waits for it. Returns the final job info, or
    /// null when a new run had no ids (no job is created then).
    /// </summary>
    public async Task<BulkJobInfo?> RunBulkDeleteAsync(BulkDeleteRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);

        BulkJobInfo job;
        if (run.ExistingJobId is { } existingId)
        {
            job = await GetBulkJobAsync(existingId, cancellationToken).ConfigureAwait(false);
            Logger.BulkJobReattached(job.Id, job.State);

            // A job still open never had its upload completed, so nothing of it was processed. If an earlier
            // upload did reach Salesforce, it refuses this one loudly; deleting twice is never the outcome.
            if (job.State == BulkJobStates.Open)
            {
                await using var spool = await BulkIdSpool.WriteAsync(run.Ids, cancellationToken).ConfigureAwait(false);
                job = await UploadAndCompleteAsync(job.Id, spool, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            await using var spool = await BulkIdSpool.WriteAsync(run.Ids, cancellationToken).ConfigureAwait(false);
            if (spool.Count == 0)
            {
                return null;
            }

            job = await CreateBulkDeleteJobAsync(run.Object, run.Operation, cancellationToken).ConfigureAwait(false);
            if (run.OnJobCreated is { } onJobCreated)
            {
                await onJobCreated(job.Id, cancellationToken).ConfigureAwait(false);
            }

            job = await UploadAndCompleteAsync(job.Id, spool, cancellationToken).ConfigureAwait(false);
        }

        if (job.IsTerminal)
        {
            return job;
        }

        // The job's state was just read (the close's answer, or the read that re-attached): a poll sent at once
        // only learns it again. Measured against the emulator, that first poll always found UploadComplete, so
        // the first poll waits an interval; a job costs one call fewer, and one fewer than the Salesforce CLI's.
        await DelayAsync(run.PollInterval, cancellationToken).ConfigureAwait(false);
        return await WaitForBulkJobAsync(job.Id, run.PollInterval, run.Progress, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Starts a refresh of a sandbox (PATCH on its <c>SandboxInfo</c> in the source production org), then finds
    /// the sandbox's copy processes; the newest is the refresh to follow. Not repeated after a lost reply, so
    /// that a timeout never starts a second refresh.
    /// </summary>
    /// <param name="sandbox">The sandbox, from <see cref="SalesforceApi.GetSandboxInfoAsync"/>.</param>
    /// <param name="licenseType">The license to copy with; the sandbox's own when null.</param>
    /// <param name="autoActivate">Whether the copy activates by itself when done.</param>
    /// <param name="activationUserGroupId">The group that may use the sandbox (API 60.0+), when required.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    public async Task<SandboxProcessLookup> RefreshSandboxAsync(
        SandboxInfo sandbox,
        string? licenseType = null,
        bool autoActivate = true,
        string? activationUserGroupId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sandbox);

        var body = new Dictionary<string, object>
        {
            ["LicenseType"] = licenseType ?? sandbox.LicenseType,
            ["AutoActivate"] = autoActivate,
        };
        if (activationUserGroupId is not null)
        {
            body["ActivationUserGroupId"] = SalesforceId.Require(activationUserGroupId, nameof(activationUserGroupId));
        }

        var call = new SalesforceCall(
            HttpMethod.Patch,
            $"{DataPath}/tooling/sobjects/SandboxInfo/{SalesforceId.Require(sandbox.Id, nameof(sandbox))}",
            RetryMode.OnlyIfRefused,
            () => SalesforceConnection.JsonBody(body));

        using (await Connection.SendAsync(call, cancellationToken).ConfigureAwait(false))
        {
            Logger.SandboxRefreshRequested(sandbox.SandboxName, sandbox.Id, (string)body["LicenseType"]);
        }

        return await FindSandboxProcessesAsync(sandbox.SandboxName, cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<string>> DeleteOnceAsync(
        List<string> ids,
        Dictionary<string, DeleteRecordResult> settled,
        CancellationToken cancellationToken)
    {
        var call = new SalesforceCall(
            HttpMethod.Delete,
            $"{DataPath}/composite/sobjects?ids={string.Join(',', ids)}&allOrNone=false",
            RetryMode.Always);

        using var response = await Connection.SendWithLoginAsync(call, cancellationToken).ConfigureAwait(false);
        using var document = await SalesforceConnection.ReadJsonAsync<JsonDocument>(response, call, cancellationToken)
            .ConfigureAwait(false);

        var results = document.RootElement.EnumerateArray().ToArray();
        if (results.Length != ids.Count)
        {
            throw new InvalidDataException(
                $"Salesforce returned {results.Length} delete results for {ids.Count} ids.");
        }

        // Results come in id order; a failed result may omit its id, so position is what links them.
        var stillLocked = new List<string>();
        for (var i = 0; i < ids.Count; i++)
        {
            var result = ToDeleteResult(ids[i], results[i]);
            settled[ids[i]] = result;
            if (result.Outcome == DeleteOutcome.Failed
                && result.Errors.Any(e => SalesforceErrorCodes.IsTransient(e.ErrorCode, null)))
            {
                stillLocked.Add(ids[i]);
            }
        }

        return stillLocked;
    }

    private static DeleteRecordResult ToDeleteResult(string id, JsonElement result)
    {
        if (result.OptionalBool("success"))
        {
            return new DeleteRecordResult(id, DeleteOutcome.Deleted, []);
        }

        var errors = result.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Array
            ? SalesforceErrorParser.ParseArray(e, text => text)
            : [];
        var outcome = errors.Count > 0 && errors.All(x => x.ErrorCode == SalesforceErrorCodes.EntityIsDeleted)
            ? DeleteOutcome.AlreadyDeleted
            : DeleteOutcome.Failed;

        return new DeleteRecordResult(id, outcome, errors);
    }

    private static SalesforceApiException LockedRows(
        string operation,
        List<string> pending,
        Dictionary<string, DeleteRecordResult> settled)
    {
        var errors = pending.SelectMany(id => settled[id].Errors).Take(1).ToArray();
        return new SalesforceApiException(operation, System.Net.HttpStatusCode.OK, errors, retryAfter: null);
    }

    private async Task<BulkJobInfo> UploadAndCompleteAsync(
        string jobId,
        BulkIdSpool spool,
        CancellationToken cancellationToken)
    {
        await UploadAsync(jobId, spool, cancellationToken).ConfigureAwait(false);
        return await CompleteBulkJobUploadAsync(jobId, cancellationToken).ConfigureAwait(false);
    }

    private async Task UploadAsync(string jobId, BulkIdSpool spool, CancellationToken cancellationToken)
    {
        var call = new SalesforceCall(
            HttpMethod.Put,
            $"{DataPath}/jobs/ingest/{SalesforceId.Require(jobId, nameof(jobId))}/batches",
            RetryMode.OnlyIfRefused,
            spool.CreateContent);

        using (await Connection.SendAsync(call, cancellationToken).ConfigureAwait(false))
        {
            Logger.BulkJobUploaded(spool.Count, jobId);
        }
    }

    private static string RequireObjectName(string objectName) =>
        objectName is { Length: > 0 } && objectName.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? objectName
            : throw new ArgumentException($"'{objectName}' is not an object API name.", nameof(objectName));
}
