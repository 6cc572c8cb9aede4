using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Runbook.Steps.Http;

namespace Runbook.Steps.Intacct;

/// <summary>
/// Sends requests to the XML gateway: opens an API session with <c>getAPISession</c> in a request of its own,
/// then sends every function with the session id to the endpoint the session named. Opens a new session once
/// when Intacct refuses one, retries transient failures through Polly, and remembers the identity the
/// authentication block reports.
/// </summary>
internal sealed class IntacctConnection : IDisposable
{
    public const string Service = "Intacct";

    private readonly HttpClient _http;
    private readonly IntacctOptions _options;
    private readonly IntacctRequestBuilder _builder;
    private readonly TransientRetry _retry;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sessionGate = new(1, 1);
    private IntacctSession? _session;
    private IntacctIdentity? _identity;

    public IntacctConnection(
        HttpMessageHandler handler,
        IntacctOptions options,
        IReadOnlySet<string> allowedFunctions,
        ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(options);

        // The caller owns the transport handler; disposing this connection must not dispose it.
        _http = new HttpClient(handler, disposeHandler: false) { Timeout = options.RequestTimeout };
        _options = options;
        _builder = new IntacctRequestBuilder(allowedFunctions, options.NewControlId);
        _logger = logger;
        _retry = new TransientRetry(Service, options.Retry, options.TimeProvider, options.OnRetry, logger);
    }

    public HttpClient Http => _http;

    public IntacctRequestBuilder Builder => _builder;

    public ILogger Logger => _logger;

    public IntacctSession? Session => Volatile.Read(ref _session);

    public IntacctIdentity? ObservedIdentity => Volatile.Read(ref _identity);

    public Task<IntacctSession> OpenSessionAsync(CancellationToken cancellationToken) =>
        RenewSessionAsync(Session, cancellationToken);

    /// <summary>
    /// Sends one function with the current session. If Intacct refuses the session, a new one is opened and
    /// the function sent once more; a second refusal ends the call.
    /// </summary>
    public async Task<IntacctResult> ExecuteAsync(IntacctFunction function, CancellationToken cancellationToken)
    {
        var session = Session ?? await RenewSessionAsync(null, cancellationToken).ConfigureAwait(false);

        try
        {
            return await SendWithSessionAsync(function, session, cancellationToken).ConfigureAwait(false);
        }
        catch (IntacctApiException e)
            when (e.Scope == IntacctErrorScope.Authentication && _options.Credentials.HasUserLogin)
        {
            _logger.SessionRefusedOpeningNew(function.Name);
            var renewed = await RenewSessionAsync(session, cancellationToken).ConfigureAwait(false);
            return await SendWithSessionAsync(function, renewed, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _sessionGate.Dispose();
    }

    private async Task<IntacctResult> SendWithSessionAsync(
        IntacctFunction function,
        IntacctSession session,
        CancellationToken cancellationToken)
    {
        var response = await SendAsync(
            session.Endpoint,
            IntacctAuthentication.ForSession(session.SessionId),
            function,
            cancellationToken).ConfigureAwait(false);

        return response.Results.SingleOrDefault()
            ?? throw new InvalidDataException($"Intacct answered {function.Name} without a result.");
    }

    private async Task<IntacctSession> RenewSessionAsync(IntacctSession? stale, CancellationToken cancellationToken)
    {
        await _sessionGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = Session;
            if (current is not null && !ReferenceEquals(current, stale))
            {
                return current;
            }

            var credentials = _options.Credentials;
            var authentication = credentials.HasUserLogin
                ? IntacctAuthentication.ForLogin(credentials)
                : IntacctAuthentication.ForSession(credentials.SessionId
                    ?? throw new InvalidOperationException(
                        "Intacct credentials need a user login (user id, company id, password) or a session id."));

            // getAPISession travels alone and always goes to the configured gateway.
            var response = await SendAsync(
                _options.Endpoint,
                authentication,
                IntacctFunctions.ApiSession(credentials.LocationId),
                cancellationToken).ConfigureAwait(false);

            var session = ToSession(response);
            Volatile.Write(ref _session, session);
            _logger.SessionOpened(session.Identity.CompanyId, session.Identity.UserId, session.Endpoint);
            return session;
        }
        finally
        {
            _sessionGate.Release();
        }
    }

    private IntacctSession ToSession(IntacctResponse response)
    {
        var api = response.Results.SingleOrDefault()?.Data?.Element("api")
            ?? throw new InvalidDataException("Intacct answered getAPISession without an api element.");
        var sessionId = api.Element("sessionid")?.Value.Trim();
        var endpoint = api.Element("endpoint")?.Value.Trim();

        if (string.IsNullOrEmpty(sessionId) || !Uri.TryCreate(endpoint, UriKind.Absolute, out var endpointUri))
        {
            throw new InvalidDataException("Intacct answered getAPISession without a session id or endpoint.");
        }

        if (!IsTrustedEndpoint(endpointUri))
        {
            throw new InvalidDataException(
                $"Intacct named the session endpoint {endpointUri.Host}, which is neither the configured "
                + "gateway's host nor an https intacct.com host; the session id is not sent there.");
        }

        var identity = response.Identity
            ?? new IntacctIdentity(_options.Credentials.CompanyId ?? "", _options.Credentials.UserId ?? "", null);

        return new IntacctSession(new Secret(sessionId), endpointUri, identity, response.SessionTimeout);
    }

    /// <summary>The session id is as good as a password: send it only where the login went, or to Intacct.</summary>
    private bool IsTrustedEndpoint(Uri endpoint) =>
        string.Equals(endpoint.Host, _options.Endpoint.Host, StringComparison.OrdinalIgnoreCase)
        || (endpoint.Scheme == Uri.UriSchemeHttps
            && (endpoint.Host.Equals("intacct.com", StringComparison.OrdinalIgnoreCase)
                || endpoint.Host.EndsWith(".intacct.com", StringComparison.OrdinalIgnoreCase)));

    private async Task<IntacctResponse> SendAsync(
        Uri endpoint,
        IntacctAuthentication authentication,
        IntacctFunction function,
        CancellationToken cancellationToken)
    {
        var credentials = _options.Credentials;
        var xml = IntacctRequestBuilder.Serialize(
            _builder.Build(credentials.SenderId, credentials.SenderPassword.Reveal(), authentication, [function]));

        var response = await _retry.ExecuteAsync(
            function.Name,
            RetryMode.Always,
            token => PostOnceAsync(endpoint, xml, function.Name, authentication, token),
            cancellationToken).ConfigureAwait(false);

        if (response.Identity is { } identity)
        {
            Volatile.Write(ref _identity, identity);
        }

        return response;
    }

    private async Task<IntacctResponse> PostOnceAsync(
        Uri endpoint,
        string xml,
        string operation,
        IntacctAuthentication authentication,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(xml, Encoding.UTF8, new MediaTypeHeaderValue("application/xml")),
        };

        _logger.Sending(operation);
        using var response = await TransportAsync(request, operation, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var secrets = _options.Credentials.Secrets
            .Append(authentication.SessionId)
            .Append(Session?.SessionId)
            .ToArray();
        string Scrub(string text) => SecretRedactor.Scrub(text, secrets);

        if (!response.IsSuccessStatusCode)
        {
            // The gateway answers rate limits and outages with an HTTP error, sometimes with an XML body.
            var errors = TryParseErrors(body, operation, Scrub);
            throw new IntacctApiException(
                IntacctErrorScope.Transport,
                operation,
                errors,
                response.StatusCode,
                RetryAfterHeader.Read(response, _options.TimeProvider));
        }

        return IntacctResponseParser.Parse(body, operation, Scrub);
    }

    private static IReadOnlyList<IntacctError> TryParseErrors(string body, string operation, Func<string, string> scrub)
    {
        try
        {
            IntacctResponseParser.Parse(body, operation, scrub);
            return [];
        }
        catch (IntacctApiException e)
        {
            return e.Scope == IntacctErrorScope.Transport ? [] : e.Errors;
        }
    }

    private async Task<HttpResponseMessage> TransportAsync(
        HttpRequestMessage request,
        string operation,
        CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new IntacctApiException(
                IntacctErrorScope.Transport,
                operation,
                [new IntacctError("CONNECTION_FAILED", "The connection failed.", "", "")],
                innerException: e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IntacctApiException(
                IntacctErrorScope.Transport,
                operation,
                [new IntacctError("TIMEOUT", "No response arrived in time.", "", "")],
                innerException: e);
        }
    }
}
