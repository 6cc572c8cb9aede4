using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Runbook.Steps.Salesforce;

/// <summary>
/// A Salesforce client that can only read: it has no method that changes anything, and its HTTP pipeline
/// refuses every request that is not a GET (except the OAuth token request). Planning uses this type.
/// </summary>
public sealed class SalesforceReader : SalesforceApi
{
    /// <summary>Creates a reader over a transport handler the caller owns (and disposes).</summary>
    public SalesforceReader(
        SalesforceOptions options,
        HttpMessageHandler transport,
        ILogger<SalesforceReader>? logger = null)
        : base(new SalesforceConnection(
            new SalesforceReadOnlyHandler(transport),
            options,
            logger ?? (ILogger)NullLogger.Instance))
    {
    }
}
