using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Runbook.Steps.Salesforce;

/// <summary>
/// The read operations both Salesforce clients offer. Only <see cref="SalesforceReader"/> (read-only by
/// construction) and <see cref="SalesforceClient"/> (reads and changes) derive from it.
/// </summary>
public abstract class SalesforceApi : IDisposable
{
    /// <summary>Lists the Intacct companies linked to the org (an assumed schema: see the contract).</summary>
    public const string LinkedCompaniesSoql = "SELECT ia_crm__Company_ID__c FROM ia_crm__Intacct_Entity__c";

    /// <summary>Reads whether the user may hard delete through the Bulk API.</summary>
    public const string HardDeletePermissionSoql = "SELECT PermissionsBulkApiHardDelete FROM UserPermissionAccess";

    private protected SalesforceApi(SalesforceConnection connection)
    {
        Connection = connection;
    }

    /// <summary>The org's API usage as the latest response reported it; null before the first call.</summary>
    public ApiUsage? LatestApiUsage => Connection.LatestApiUsage;

    /// <summary>The current session; null before the first login.</summary>
    public SalesforceSession? Session => Connection.Session;

    internal SalesforceConnection Connection { get; }

    /// <summary>The HTTP client behind this API; exposed to the tests that prove the read-only guard holds.</summary>
    internal HttpClient HttpClient => Connection.Http;

    private protected ILogger Logger => Connection.Logger;

    private protected string DataPath => Connection.DataPath;

    /// <summary>Logs in now instead of at the first call (and again if already logged in).</summary>
    public Task<SalesforceSession> LoginAsync(CancellationToken cancellationToken = default) =>
        Connection.LoginAsync(cancellationToken);

    /// <summary>
    /// Runs a SOQL query and streams its records, following <c>nextRecordsUrl</c> page by page so that
    /// millions of records never sit in memory at once.
    /// </summary>
    public IAsyncEnumerable<JsonElement> QueryAsync(string soql, CancellationToken cancellationToken = default) =>
        PagesAsync($"{DataPath}/query?q={Uri.EscapeDataString(soql)}", cancellationToken);

    /// <summary>Runs a SOQL query through the Tooling API and streams its records.</summary>
    public IAsyncEnumerable<JsonElement> ToolingQueryAsync(
        string soql,
        CancellationToken cancellationToken = default) =>
        PagesAsync($"{DataPath}/tooling/query?q={Uri.EscapeDataString(soql)}", cancellationToken);

    /// <summary>Streams the <c>Id</c> of every record a query returns.</summary>
    public async IAsyncEnumerable<string> QueryIdsAsync(
        string soql,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var record in QueryAsync(soql, cancellationToken).ConfigureAwait(false))
        {
            yield return record.RequiredString("Id");
        }
    }

    /// <summary>Runs a <c>SELECT COUNT() FROM ...</c> query and returns the count.</summary>
    public async Task<long> CountAsync(string soql, CancellationToken cancellationToken = default)
    {
        var page = await Connection.GetJsonAsync<QueryPage>(
            $"{DataPath}/query?q={Uri.EscapeDataString(soql)}",
            cancellationToken).ConfigureAwait(false);

        return page.TotalSize;
    }

    /// <summary>Reads the org's identity and kind.</summary>
    public async Task<OrgIdentity> GetOrganizationAsync(CancellationToken cancellationToken = default)
    {
        var record = await SingleAsync(QueryAsync(OrgIdentity.Soql, cancellationToken)).ConfigureAwait(false)
            ?? throw new InvalidDataException("The Organization query returned no record.");

        return new OrgIdentity(
            record.RequiredString("Id"),
            record.OptionalString("Name") ?? "",
            record.OptionalBool("IsSandbox"),
            record.OptionalString("OrganizationType") ?? "",
            record.OptionalDate("TrialExpirationDate"));
    }

    /// <summary>
    /// The Intacct company ids linked to this org, distinct and in the order found. The
    /// <c>ia_crm__Intacct_Entity__c</c> object is an assumption about the managed package's schema; an org
    /// without it fails with <c>INVALID_TYPE</c>.
    /// </summary>
    public async Task<IReadOnlyList<string>> GetLinkedIntacctCompaniesAsync(
        CancellationToken cancellationToken = default)
    {
        var companies = new List<string>();
        await foreach (var record in QueryAsync(LinkedCompaniesSoql, cancellationToken).ConfigureAwait(false))
        {
            if (record.OptionalString("ia_crm__Company_ID__c") is { Length: > 0 } company
                && !companies.Contains(company, StringComparer.Ordinal))
            {
                companies.Add(company);
            }
        }

        return companies;
    }

    /// <summary>Whether the logged-in user has the Bulk API Hard Delete permission.</summary>
    public async Task<bool> HasBulkApiHardDeleteAsync(CancellationToken cancellationToken = default)
    {
        var record = await SingleAsync(QueryAsync(HardDeletePermissionSoql, cancellationToken)).ConfigureAwait(false);
        return record is { } r && r.OptionalBool("PermissionsBulkApiHardDelete");
    }

    /// <summary>Reads the limits resource.</summary>
    public async Task<OrgLimits> GetLimitsAsync(CancellationToken cancellationToken = default)
    {
        using var document = await Connection.GetJsonAsync<JsonDocument>($"{DataPath}/limits/", cancellationToken)
            .ConfigureAwait(false);

        var limits = new Dictionary<string, ApiLimit>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.Object)
            {
                limits[entry.Name] = new ApiLimit(
                    entry.Value.OptionalLong("Max"),
                    entry.Value.OptionalLong("Remaining"));
            }
        }

        return new OrgLimits(limits);
    }

    /// <summary>Reads a sandbox's <c>SandboxInfo</c>; call it on the source production org.</summary>
    public async Task<SandboxInfo?> GetSandboxInfoAsync(
        string sandboxName,
        CancellationToken cancellationToken = default)
    {
        var soql = "SELECT Id, SandboxName, LicenseType, AutoActivate FROM SandboxInfo "
            + $"WHERE SandboxName = '{RequireSandboxName(sandboxName)}'";
        var record = await SingleAsync(ToolingQueryAsync(soql, cancellationToken)).ConfigureAwait(false);

        return record is not { } r
            ? null
            : new SandboxInfo(
                r.RequiredString("Id"),
                r.RequiredString("SandboxName"),
                r.OptionalString("LicenseType") ?? "",
                r.OptionalBool("AutoActivate"));
    }

    /// <summary>
    /// Finds the copy processes of a sandbox, newest first. The newest is the sandbox's current state; finding
    /// more than one is reported as a warning (returned and logged).
    /// </summary>
    public async Task<SandboxProcessLookup> FindSandboxProcessesAsync(
        string sandboxName,
        CancellationToken cancellationToken = default)
    {
        var soql = $"SELECT {SandboxProcessInfo.Fields} FROM SandboxProcess "
            + $"WHERE SandboxName = '{RequireSandboxName(sandboxName)}' ORDER BY CreatedDate DESC";

        var processes = new List<SandboxProcessInfo>();
        await foreach (var record in ToolingQueryAsync(soql, cancellationToken).ConfigureAwait(false))
        {
            processes.Add(ToSandboxProcess(record));
        }

        // Sort here too: the order must not depend on the server honouring ORDER BY.
        var newestFirst = processes.OrderByDescending(p => p.CreatedDate).ToArray();
        if (newestFirst.Length <= 1)
        {
            return new SandboxProcessLookup(newestFirst.FirstOrDefault(), newestFirst, null);
        }

        var latest = newestFirst[0];
        Logger.SeveralSandboxProcesses(newestFirst.Length, sandboxName, latest.Id);
        var warning = $"Found {newestFirst.Length} sandbox processes for '{sandboxName}'; "
            + $"following the newest, {latest.Id}, created {latest.CreatedDate:u}.";

        return new SandboxProcessLookup(latest, newestFirst, warning);
    }

    /// <summary>Reads one sandbox process by id, such as to re-attach to a refresh a previous run started.</summary>
    public async Task<SandboxProcessInfo> GetSandboxProcessAsync(
        string processId,
        CancellationToken cancellationToken = default)
    {
        var soql = $"SELECT {SandboxProcessInfo.Fields} FROM SandboxProcess "
            + $"WHERE Id = '{SalesforceId.Require(processId, nameof(processId))}'";
        var record = await SingleAsync(ToolingQueryAsync(soql, cancellationToken)).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"There is no sandbox process {processId}.");

        return ToSandboxProcess(record);
    }

    /// <summary>
    /// Polls a sandbox process until it completes, waits for activation or fails, reporting each poll.
    /// Returns the last state; the caller decides what a failure means.
    /// </summary>
    public async Task<SandboxProcessInfo> WaitForSandboxProcessAsync(
        string processId,
        TimeSpan pollInterval,
        IProgress<SandboxProcessInfo>? progress = null,
        CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var process = await GetSandboxProcessAsync(processId, cancellationToken).ConfigureAwait(false);
            Logger.SandboxProcessPolled(process.Id, process.SandboxName, process.Status, process.CopyProgress);
            progress?.Report(process);

            if (process.IsTerminal)
            {
                return process;
            }

            await DelayAsync(pollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a Bulk API 2.0 ingest job; this is also how a resumed run re-attaches to its job.</summary>
    public Task<BulkJobInfo> GetBulkJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        Connection.GetJsonAsync<BulkJobInfo>(
            $"{DataPath}/jobs/ingest/{SalesforceId.Require(jobId, nameof(jobId))}",
            cancellationToken);

    /// <summary>Polls a job until it is complete, failed or aborted, reporting each poll.</summary>
    public async Task<BulkJobInfo> WaitForBulkJobAsync(
        string jobId,
        TimeSpan pollInterval,
        IProgress<BulkJobInfo>? progress = null,
        CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var job = await GetBulkJobAsync(jobId, cancellationToken).ConfigureAwait(false);
            Logger.BulkJobPolled(job.Id, job.State, job.RecordsProcessed, job.RecordsFailed);
            progress?.Report(job);

            if (job.IsTerminal)
            {
                return job;
            }

            await DelayAsync(pollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Streams a job's failed records from its <c>failedResults</c> CSV.</summary>
    public async IAsyncEnumerable<BulkFailedRecord> GetBulkJobFailedResultsAsync(
        string jobId,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var path = $"{DataPath}/jobs/ingest/{SalesforceId.Require(jobId, nameof(jobId))}/failedResults/";
        using var response = await Connection.SendAsync(SalesforceCall.Get(path, "text/csv"), cancellationToken)
            .ConfigureAwait(false);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var text = new StreamReader(stream);
        var csv = new CsvRowReader(text);

        var header = await csv.ReadRowAsync(cancellationToken).ConfigureAwait(false);
        if (header is null)
        {
            yield break;
        }

        var idColumn = IndexOf(header, "sf__Id");
        var errorColumn = IndexOf(header, "sf__Error");
        while (await csv.ReadRowAsync(cancellationToken).ConfigureAwait(false) is { } row)
        {
            yield return new BulkFailedRecord(Cell(row, idColumn), Cell(row, errorColumn));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }

    private protected Task DelayAsync(TimeSpan interval, CancellationToken cancellationToken) =>
        interval <= TimeSpan.Zero
            ? Task.CompletedTask
            : Task.Delay(interval, Connection.Options.TimeProvider, cancellationToken);

    private protected static string RequireSandboxName(string sandboxName) =>
        sandboxName is { Length: > 0 and <= 10 } && sandboxName.All(char.IsAsciiLetterOrDigit)
            ? sandboxName
            : throw new ArgumentException(
                $"'{sandboxName}' is not a sandbox name (1 to 10 letters and digits).",
                nameof(sandboxName));

    private async IAsyncEnumerable<JsonElement> PagesAsync(
        string firstPage,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? next = firstPage;
        while (next is not null)
        {
            var page = await Connection.GetJsonAsync<QueryPage>(next, cancellationToken).ConfigureAwait(false);
            var records = page.Records ?? [];
            Logger.QueryPageRead(records.Count, page.TotalSize, page.Done);

            foreach (var record in records)
            {
                yield return record;
            }

            next = page.Done
                ? null
                : page.NextRecordsUrl
                    ?? throw new InvalidDataException("A query page said it was not done but gave no nextRecordsUrl.");
        }
    }

    private static async Task<JsonElement?> SingleAsync(IAsyncEnumerable<JsonElement> records)
    {
        await foreach (var record in records.ConfigureAwait(false))
        {
            return record;
        }

        return null;
    }

    private static SandboxProcessInfo ToSandboxProcess(JsonElement record) =>
        new(
            record.RequiredString("Id"),
            record.OptionalString("SandboxInfoId") ?? "",
            record.OptionalString("SandboxName") ?? "",
            record.OptionalString("Status") ?? "",
            record.OptionalInt("CopyProgress") ?? 0,
            record.OptionalDate("CreatedDate") ?? DateTimeOffset.MinValue,
            record.OptionalDate("EndDate"),
            record.OptionalString("SandboxOrganization"),
            record.OptionalString("LicenseType"));

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidDataException($"The results CSV has no '{column}' column.");
    }

    private static string Cell(IReadOnlyList<string> row, int index) => index < row.Count ? row[index] : "";
}
