using Microsoft.Extensions.Logging;

namespace Runbook.Steps.Salesforce;

/// <summary>Log events of the Salesforce clients (event ids 1100-1199).</summary>
internal static partial class SalesforceLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information,
        Message = "Logged in to Salesforce as {Principal} at {InstanceUrl}")]
    public static partial void LoggedIn(this ILogger logger, string principal, Uri instanceUrl);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning,
        Message = "Salesforce rejected the session for {Operation}; logging in again once")]
    public static partial void SessionInvalidLoggingInAgain(this ILogger logger, string operation);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Debug,
        Message = "Sending Salesforce {Operation}")]
    public static partial void Sending(this ILogger logger, string operation);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Debug,
        Message = "Read a page of {Count} records ({TotalSize} in total, done: {Done})")]
    public static partial void QueryPageRead(this ILogger logger, int count, long totalSize, bool done);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Information,
        Message = "Deleted a batch of {Count} records: {Deleted} deleted, {AlreadyDeleted} already deleted, "
            + "{Failed} failed")]
    public static partial void BatchDeleted(
        this ILogger logger, int count, int deleted, int alreadyDeleted, int failed);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Information,
        Message = "Created Bulk API 2.0 {Operation} job {JobId} for {Object}")]
    public static partial void BulkJobCreated(this ILogger logger, string operation, string jobId, string @object);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Information,
        Message = "Uploaded {Count} ids to Bulk API 2.0 job {JobId}")]
    public static partial void BulkJobUploaded(this ILogger logger, long count, string jobId);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Information,
        Message = "Bulk API 2.0 job {JobId} is {State}: {Processed} processed, {Failed} failed")]
    public static partial void BulkJobPolled(
        this ILogger logger, string jobId, string state, long processed, long failed);

    [LoggerMessage(EventId = 1109, Level = LogLevel.Information,
        Message = "Re-attached to Bulk API 2.0 job {JobId} in state {State}")]
    public static partial void BulkJobReattached(this ILogger logger, string jobId, string state);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Information,
        Message = "Requested a refresh of sandbox {SandboxName} ({SandboxInfoId}) as {LicenseType}")]
    public static partial void SandboxRefreshRequested(
        this ILogger logger, string sandboxName, string sandboxInfoId, string licenseType);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Information,
        Message = "Sandbox process {ProcessId} for {SandboxName} is {Status} ({CopyProgress}%)")]
    public static partial void SandboxProcessPolled(
        this ILogger logger, string processId, string sandboxName, string status, int copyProgress);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Warning,
        Message = "Found {Count} sandbox processes for {SandboxName}; following the newest, {ProcessId}")]
    public static partial void SeveralSandboxProcesses(
        this ILogger logger, int count, string sandboxName, string processId);
}
