namespace Runbook.Steps.Http;

/// <summary>One retry of a transient failure, reported so that an audit report can list every retry.</summary>
/// <param name="Service">The system called: <c>Salesforce</c> or <c>Intacct</c>.</param>
/// <param name="Operation">The request, as method and path without the query string.</param>
/// <param name="Attempt">The number of this retry, starting at 1.</param>
/// <param name="Delay">How long the client waits before the retry.</param>
/// <param name="Reason">The error code or HTTP status that made the failure transient.</param>
/// <param name="DelayFromRetryAfter">True when the delay came from the server's <c>Retry-After</c>.</param>
public sealed record ApiRetry(
    string Service,
    string Operation,
    int Attempt,
    TimeSpan Delay,
    string Reason,
    bool DelayFromRetryAfter);
