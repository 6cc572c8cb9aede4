using System.Net;

namespace Runbook.Steps.Salesforce;

/// <summary>The error codes the clients act on, and which of them are worth retrying.</summary>
public static class SalesforceErrorCodes
{
    /// <summary>The session expired or was invalidated (a sandbox refresh does this): log in again.</summary>
    public const string InvalidSessionId = "INVALID_SESSION_ID";

    /// <summary>The record was already deleted; a delete counts it as done.</summary>
    public const string EntityIsDeleted = "ENTITY_IS_DELETED";

    /// <summary>Too many concurrent long requests, or the daily allocation is used up.</summary>
    public const string RequestLimitExceeded = "REQUEST_LIMIT_EXCEEDED";

    /// <summary>Another transaction held a lock on the record.</summary>
    public const string UnableToLockRow = "UNABLE_TO_LOCK_ROW";

    /// <summary>Salesforce is briefly unavailable.</summary>
    public const string ServerUnavailable = "SERVER_UNAVAILABLE";

    /// <summary>Not a Salesforce code: the connection dropped before a response arrived.</summary>
    public const string ConnectionFailed = "CONNECTION_FAILED";

    /// <summary>Not a Salesforce code: no response arrived in time.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>Whether a failure with this code or status is worth retrying after a pause.</summary>
    public static bool IsTransient(string errorCode, HttpStatusCode? status) =>
        errorCode is RequestLimitExceeded or UnableToLockRow or ServerUnavailable or ConnectionFailed or Timeout
        || status is HttpStatusCode.TooManyRequests
            or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.BadGateway
            or HttpStatusCode.GatewayTimeout;
}
