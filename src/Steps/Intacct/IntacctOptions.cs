using Runbook.Steps.Http;

namespace Runbook.Steps.Intacct;

/// <summary>How an Intacct client connects and retries.</summary>
public sealed record IntacctOptions
{
    /// <summary>
    /// The XML gateway every first request goes to, as text: plugin schemas show it as a default without
    /// constructing a <see cref="Uri"/>, whose first use costs more start-up than checking a runbook.
    /// </summary>
    public const string DefaultEndpointUrl = "https://api.intacct.com/ia/xml/xmlgw.phtml";

    /// <summary>The XML gateway every first request goes to.</summary>
    public static Uri DefaultEndpoint { get; } = new(DefaultEndpointUrl);

    /// <summary>The gateway URL; the session's own endpoint is used once a session is open.</summary>
    public Uri Endpoint { get; init; } = DefaultEndpoint;

    /// <summary>The sender and the login.</summary>
    public required IntacctCredentials Credentials { get; init; }

    /// <summary>How transient failures are retried.</summary>
    public RetryOptions Retry { get; init; } = new();

    /// <summary>The clock for back-off delays; tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Called for every retry, so that the caller can record it for the audit report.</summary>
    public Action<ApiRetry>? OnRetry { get; init; }

    /// <summary>How long one HTTP request may take before it counts as a (transient) timeout.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Makes the control ids of requests and functions; a new GUID each by default.</summary>
    public Func<string> NewControlId { get; init; } = () => Guid.NewGuid().ToString("N");
}
