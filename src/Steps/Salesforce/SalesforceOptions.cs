using System.Text.RegularExpressions;
using Runbook.Steps.Http;

namespace Runbook.Steps.Salesforce;

/// <summary>How a Salesforce client connects, which API version it speaks and how it retries.</summary>
public sealed partial record SalesforceOptions
{
    /// <summary>The REST API version used unless another is configured.</summary>
    public const string DefaultApiVersion = "62.0";

    private readonly string _apiVersion = DefaultApiVersion;

    /// <summary>Who logs in and where.</summary>
    public required SalesforceLogin Login { get; init; }

    /// <summary>The REST API version, such as <c>62.0</c> (no leading <c>v</c>).</summary>
    public string ApiVersion
    {
        get => _apiVersion;
        init => _apiVersion = ApiVersionPattern().IsMatch(value)
            ? value
            : throw new ArgumentException($"'{value}' is not an API version such as 62.0.", nameof(value));
    }

    /// <summary>How transient failures are retried.</summary>
    public RetryOptions Retry { get; init; } = new();

    /// <summary>The clock for back-off delays and polling; tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Called for every retry, so that the caller can record it for the audit report.</summary>
    public Action<ApiRetry>? OnRetry { get; init; }

    /// <summary>How long one HTTP request may take before it counts as a (transient) timeout.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(2);

    [GeneratedRegex(@"^\d{2,3}\.\d$")]
    private static partial Regex ApiVersionPattern();
}
