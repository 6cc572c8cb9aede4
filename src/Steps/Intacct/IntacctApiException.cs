using System.Net;
using Runbook.Engine.Plugins;
using Runbook.Steps.Http;

namespace Runbook.Steps.Intacct;

/// <summary>
/// An Intacct call failed. Built from the response's <c>errormessage</c> (<c>errorno</c>, <c>description</c>,
/// <c>description2</c>, <c>correction</c>) or from a transport failure. Server text is scrubbed of every
/// configured secret before it goes into the message.
/// </summary>
public sealed class IntacctApiException : Exception, IApiFailure, ITransientFailure
{
    /// <summary>The gateway's rate-limit error.</summary>
    public const string RateLimited = "GW-0010";

    internal IntacctApiException(
        IntacctErrorScope scope,
        string operation,
        IReadOnlyList<IntacctError> errors,
        HttpStatusCode? statusCode = null,
        TimeSpan? retryAfter = null,
        string? function = null,
        string? controlId = null,
        Exception? innerException = null)
        : base(Describe(scope, operation, errors, statusCode), innerException)
    {
        Scope = scope;
        Operation = operation;
        Errors = errors;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        Function = function;
        ControlId = controlId;
        ErrorNumber = errors.Count > 0 ? errors[0].ErrorNumber : $"HTTP_{(int?)statusCode ?? 0}";
        IsTransient = scope == IntacctErrorScope.Transport
            ? statusCode is null or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
            : errors.Any(e => e.ErrorNumber == RateLimited);
    }

    /// <summary>Where the failure happened.</summary>
    public IntacctErrorScope Scope { get; }

    /// <summary>The first error's number, or <c>HTTP_nnn</c> when there was no Intacct error.</summary>
    public string ErrorNumber { get; }

    /// <summary>Every error Intacct returned.</summary>
    public IReadOnlyList<IntacctError> Errors { get; }

    /// <summary>The HTTP status, when a response arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The wait the server asked for in <c>Retry-After</c>, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The failed function, for function failures.</summary>
    public string? Function { get; }

    /// <summary>The failed function's control id, for function failures.</summary>
    public string? ControlId { get; }

    /// <summary>The functions the request carried.</summary>
    public string Operation { get; }

    /// <summary>Whether retrying after a pause may succeed.</summary>
    public bool IsTransient { get; }

    bool IApiFailure.MayHaveBeenProcessed =>
        StatusCode is null or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    string IApiFailure.Reason => StatusCode is { } status ? $"{ErrorNumber} (HTTP {(int)status})" : ErrorNumber;

    private static string Describe(
        IntacctErrorScope scope,
        string operation,
        IReadOnlyList<IntacctError> errors,
        HttpStatusCode? status)
    {
        var what = errors.Count > 0 ? string.Join("; ", errors) : "no error details";
        var http = status is { } code ? $" (HTTP {(int)code})" : "";
        return $"Intacct {operation} failed at the {scope.ToString().ToLowerInvariant()} level{http}: {what}";
    }
}
