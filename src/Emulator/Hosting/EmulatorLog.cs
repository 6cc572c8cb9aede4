namespace Runbook.Emulator.Hosting;

/// <summary>
/// Every log line the emulator writes, with stable event ids: 1xxx hosting and state, 2xxx faults, 3xxx Salesforce,
/// 4xxx Intacct. No line carries a password, token or session id.
/// </summary>
internal static partial class EmulatorLog
{
    [LoggerMessage(
        1000,
        LogLevel.Information,
        "Emulator listening on {BaseUrl} with state in {StateDirectory} (scenario {Scenario})")]
    public static partial void ServerStarted(ILogger logger, Uri baseUrl, string stateDirectory, string scenario);

    [LoggerMessage(1001, LogLevel.Information, "Emulator on {BaseUrl} stopped")]
    public static partial void ServerStopped(ILogger logger, Uri baseUrl);

    [LoggerMessage(
        1100,
        LogLevel.Information,
        "Reusing emulator state in {StateFile}: scenario {Scenario}, {Records} records per org")]
    public static partial void StateReused(ILogger logger, string stateFile, string scenario, int records);

    [LoggerMessage(
        1101,
        LogLevel.Information,
        "Seeded emulator state in {StateFile}: scenario {Scenario}, {Records} records per org, in {ElapsedMs} ms")]
    public static partial void StateSeeded(
        ILogger logger,
        string stateFile,
        string scenario,
        int records,
        long elapsedMs);

    [LoggerMessage(
        1102,
        LogLevel.Warning,
        "Reseeding emulator state in {StateFile}: it was seeded as {Previous} but {Requested} was asked for; "
        + "all earlier changes are discarded")]
    public static partial void Reseeding(ILogger logger, string stateFile, string previous, string requested);

    [LoggerMessage(1200, LogLevel.Error, "Emulator failed to handle {Method} {Path}")]
    public static partial void HandlerFailed(ILogger logger, Exception error, string method, string path);

    [LoggerMessage(2000, LogLevel.Information, "Injected fault: answered {Method} {Path} with HTTP {StatusCode}")]
    public static partial void FaultInjected(ILogger logger, string method, string path, int statusCode);

    [LoggerMessage(
        2001,
        LogLevel.Information,
        "Injected fault: dropped the connection of {Method} {Path} {Phase} handling it")]
    public static partial void ConnectionDropped(ILogger logger, string method, string path, string phase);

    [LoggerMessage(
        3000,
        LogLevel.Information,
        "Salesforce login of {Username} at the {LoginHost} host into org {OrgKey}")]
    public static partial void SalesforceLogin(ILogger logger, string username, string loginHost, string orgKey);

    [LoggerMessage(3001, LogLevel.Information, "Salesforce login refused for {Username} at the {LoginHost} host")]
    public static partial void SalesforceLoginRefused(ILogger logger, string username, string loginHost);

    [LoggerMessage(
        3100,
        LogLevel.Information,
        "Sandbox {SandboxName} refresh started ({LicenseType}); it completes in {Seconds} s")]
    public static partial void SandboxRefreshStarted(
        ILogger logger,
        string sandboxName,
        string licenseType,
        double seconds);

    [LoggerMessage(3101, LogLevel.Information, "Sandbox {SandboxName} refresh refused: {Reason}")]
    public static partial void SandboxRefreshRefused(ILogger logger, string sandboxName, string reason);

    [LoggerMessage(3200, LogLevel.Information, "Collection delete in org {OrgKey}: {Deleted} deleted, {Failed} failed")]
    public static partial void CollectionDeleted(ILogger logger, string orgKey, int deleted, int failed);

    [LoggerMessage(
        3300,
        LogLevel.Information,
        "Bulk job {JobId} ({Operation} {Object}) processed {Processed} rows, {Failed} failed")]
    public static partial void BulkJobProcessed(
        ILogger logger,
        string jobId,
        string operation,
        string @object,
        long processed,
        long failed);

    [LoggerMessage(3301, LogLevel.Information, "Bulk job {JobId} failed: {Reason}")]
    public static partial void BulkJobFailed(ILogger logger, string jobId, string reason);

    [LoggerMessage(3400, LogLevel.Information, "All Salesforce and Intacct sessions expired on request")]
    public static partial void SessionsExpired(ILogger logger);

    [LoggerMessage(4000, LogLevel.Information, "Intacct login of {UserId} into company {CompanyId}")]
    public static partial void IntacctLogin(ILogger logger, string userId, string companyId);

    [LoggerMessage(4001, LogLevel.Information, "Intacct request refused: {Reason}")]
    public static partial void IntacctRefused(ILogger logger, string reason);
}
