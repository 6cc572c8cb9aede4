using Microsoft.Extensions.Logging;
using Runbook.Engine.Plugins;

namespace Runbook.Steps.Plugins;

/// <summary>Log events of the built-in plugins (event ids 1300-1399). None carries a secret.</summary>
internal static partial class PluginLog
{
    [LoggerMessage(
        EventId = 1301,
        Level = LogLevel.Information,
        Message = "Connection {Connection} reached Salesforce org {OrgId} ({OrgType}), {Mode}")]
    public static partial void SalesforceConnected(
        ILogger logger,
        string connection,
        string orgId,
        string orgType,
        ConnectionMode mode);

    [LoggerMessage(
        EventId = 1302,
        Level = LogLevel.Information,
        Message = "Connection {Connection} reached Intacct company {CompanyId} ({CompanyType}, declared), {Mode}")]
    public static partial void IntacctConnected(
        ILogger logger,
        string connection,
        string companyId,
        string companyType,
        ConnectionMode mode);

    [LoggerMessage(
        EventId = 1310,
        Level = LogLevel.Information,
        Message = "Deleting {Count} {Object} records through {Method}")]
    public static partial void DeleteStarting(ILogger logger, long count, string @object, string method);

    [LoggerMessage(
        EventId = 1311,
        Level = LogLevel.Information,
        Message = "Deleted {Deleted} {Object} records; {Failed} failed")]
    public static partial void ObjectDeleted(ILogger logger, long deleted, string @object, long failed);

    [LoggerMessage(
        EventId = 1312,
        Level = LogLevel.Information,
        Message = "{Object} was finished by an earlier attempt ({Deleted} deleted, {Failed} failed); skipping it")]
    public static partial void ObjectAlreadyDone(ILogger logger, string @object, long deleted, long failed);

    [LoggerMessage(
        EventId = 1313,
        Level = LogLevel.Information,
        Message = "Resuming the delete of {Object}: {Deleted} records were deleted by an earlier attempt")]
    public static partial void DeleteResumed(ILogger logger, string @object, long deleted);

    [LoggerMessage(
        EventId = 1314,
        Level = LogLevel.Information,
        Message = "Re-attaching to Bulk API 2.0 job {JobId} that an earlier attempt started for {Object}")]
    public static partial void BulkJobResumed(ILogger logger, string jobId, string @object);

    [LoggerMessage(
        EventId = 1315,
        Level = LogLevel.Warning,
        Message = "{Failed} {Object} records could not be deleted; first error: {Error}")]
    public static partial void RecordsFailed(ILogger logger, long failed, string @object, string error);

    [LoggerMessage(
        EventId = 1320,
        Level = LogLevel.Information,
        Message = "Started the refresh of sandbox {Sandbox}: SandboxProcess {ProcessId}")]
    public static partial void SandboxRefreshStarted(ILogger logger, string sandbox, string processId);

    [LoggerMessage(
        EventId = 1321,
        Level = LogLevel.Information,
        Message = "Re-attaching to the refresh of sandbox {Sandbox} started earlier: SandboxProcess {ProcessId}")]
    public static partial void SandboxRefreshReattached(ILogger logger, string sandbox, string processId);

    [LoggerMessage(
        EventId = 1322,
        Level = LogLevel.Information,
        Message = "The refresh of sandbox {Sandbox} ended: SandboxProcess {ProcessId} is {Status}")]
    public static partial void SandboxRefreshEnded(ILogger logger, string sandbox, string processId, string status);

    [LoggerMessage(
        EventId = 1330,
        Level = LogLevel.Information,
        Message = "Manual step {Step} confirmed by {Operator} ({Source})")]
    public static partial void ManualStepConfirmed(ILogger logger, string step, string @operator, string source);

    [LoggerMessage(
        EventId = 1331,
        Level = LogLevel.Information,
        Message = "Manual step {Step} waits for a person; the run stops here")]
    public static partial void ManualStepWaiting(ILogger logger, string step);

    [LoggerMessage(
        EventId = 1332,
        Level = LogLevel.Warning,
        Message = "Manual step {Step} reported as failed by {Operator}")]
    public static partial void ManualStepFailed(ILogger logger, string step, string @operator);
}
