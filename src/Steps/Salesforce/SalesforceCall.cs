using Runbook.Steps.Http;

namespace Runbook.Steps.Salesforce;

/// <summary>
/// One REST request, described so that it can be built again for a retry or after a new login.
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathAndQuery">The path from the instance root, such as <c>/services/data/v62.0/limits/</c>.</param>
/// <param name="Mode">Whether the request may be repeated after a transient failure.</param>
/// <param name="Content">Builds a fresh body for each attempt.</param>
/// <param name="Accept">The media type asked for.</param>
internal sealed record SalesforceCall(
    HttpMethod Method,
    string PathAndQuery,
    RetryMode Mode,
    Func<HttpContent>? Content = null,
    string Accept = "application/json")
{
    public static SalesforceCall Get(string pathAndQuery, string accept = "application/json") =>
        new(HttpMethod.Get, pathAndQuery, RetryMode.Always, Accept: accept);

    /// <summary>Method and path without the query string, for logs, retries and errors.</summary>
    public string Operation
    {
        get
        {
            var query = PathAndQuery.IndexOf('?', StringComparison.Ordinal);
            return $"{Method} {(query < 0 ? PathAndQuery : PathAndQuery[..query])}";
        }
    }
}
