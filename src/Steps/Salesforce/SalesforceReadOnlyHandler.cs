namespace Runbook.Steps.Salesforce;

/// <summary>
/// The HTTP pipeline of <see cref="SalesforceReader"/>: it passes GET requests and the OAuth token POST and
/// refuses everything else, so that planning cannot change an org even through the reader's HttpClient.
/// </summary>
internal sealed class SalesforceReadOnlyHandler : DelegatingHandler
{
    private const string TokenPath = "/services/oauth2/token";

    public SalesforceReadOnlyHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    public static bool IsAllowed(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get
        || (request.Method == HttpMethod.Post
            && request.RequestUri?.AbsolutePath.EndsWith(TokenPath, StringComparison.Ordinal) == true);

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        Check(request);
        return base.SendAsync(request, cancellationToken);
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Check(request);
        return base.Send(request, cancellationToken);
    }

    private static void Check(HttpRequestMessage request)
    {
        if (!IsAllowed(request))
        {
            throw new InvalidOperationException(
                $"The read-only Salesforce reader refused {request.Method} {request.RequestUri?.AbsolutePath}: "
                + "it sends only GET requests and the OAuth token request. Use SalesforceClient to change data.");
        }
    }
}
