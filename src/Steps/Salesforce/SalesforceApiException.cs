using System.Net;
using Runbook.Engine.Plugins;
using Runbook.Steps.Http;

namespace Runbook.Steps.Salesforce;

/// <summary>
/// A Salesforce call failed. Built from Salesforce's JSON error array (<c>errorCode</c>, <c>message</c>), from
/// an OAuth error (<c>error</c>, <c>error_description</c>) or from a transport failure. The message never
/// holds a secret: server text is scrubbed of every configured secret before it is used.
/// </summary>
public sealed class SalesforceApiException : Exception, IApiFailure, ITransientFailure
{
    internal SalesforceApiException(
        string operation,
        HttpStatusCode? statusCode,
        IReadOnlyList<SalesforceError> errors,
        TimeSpan? retryAfter,
        Exception? innerException = null)
        : base(Describe(operation, statusCode, errors), innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        Errors = errors;
        ErrorCode = errors.Count > 0 ? errors[0].ErrorCode : $"HTTP_{(int?)statusCode ?? 0}";
        RetryAfter = retryAfter;
        IsTransient = errors.Any(e => SalesforceErrorCodes.IsTransient(e.ErrorCode, statusCode))
            || SalesforceErrorCodes.IsTransient(ErrorCode, statusCode);
    }

    /// <summary>The first error's code, or <c>HTTP_nnn</c> when the body held no Salesforce error.</summary>
    public string ErrorCode { get; }

    /// <summary>The HTTP status, or null when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Whether retrying after a pause may succeed.</summary>
    public bool IsTransient { get; }

    /// <summary>The wait the server asked for in <c>Retry-After</c>, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Every error Salesforce returned.</summary>
    public IReadOnlyList<SalesforceError> Errors { get; }

    /// <summary>The failed request, as method and path.</summary>
    public string Operation { get; }

    bool IApiFailure.MayHaveBeenProcessed =>
        StatusCode is null or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    string IApiFailure.Reason => StatusCode is { } status ? $"{ErrorCode} (HTTP {(int)status})" : ErrorCode;

    internal static SalesforceApiException ConnectionFailed(string operation, Exception inner) =>
        new(operation, null, [new(SalesforceErrorCodes.ConnectionFailed, "The connection failed.", [])], null, inner);

    internal static SalesforceApiException TimedOut(string operation, Exception inner) =>
        new(operation, null, [new(SalesforceErrorCodes.Timeout, "No response arrived in time.", [])], null, inner);

    private static string Describe(string operation, HttpStatusCode? status, IReadOnlyList<SalesforceError> errors)
    {
        var what = errors.Count > 0 ? string.Join("; ", errors) : "no error details";
        return status is { } code
            ? $"Salesforce {operation} failed with HTTP {(int)code}: {what}"
            : $"Salesforce {operation} failed: {what}";
    }
}
