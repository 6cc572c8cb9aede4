using Microsoft.Extensions.Logging;

namespace Runbook.Steps.Intacct;

/// <summary>Log events of the Intacct clients (event ids 1200-1299).</summary>
internal static partial class IntacctLog
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
        Message = "Opened an Intacct API session for company {CompanyId} as {UserId} at {Endpoint}")]
    public static partial void SessionOpened(this ILogger logger, string companyId, string userId, Uri endpoint);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning,
        Message = "Intacct refused the session for {Operation}; opening a new session once")]
    public static partial void SessionRefusedOpeningNew(this ILogger logger, string operation);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Debug,
        Message = "Sending Intacct {Operation}")]
    public static partial void Sending(this ILogger logger, string operation);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Debug,
        Message = "Read a page of {Count} {Object} records ({TotalCount} in total, {Remaining} remaining)")]
    public static partial void PageRead(this ILogger logger, int count, string @object, int totalCount, int remaining);
}
