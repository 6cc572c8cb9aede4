using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Runbook.Steps.Http;

namespace Runbook.Steps.Salesforce;

/// <summary>
/// Sends REST requests to one org: logs in when needed, logs in again once on <c>INVALID_SESSION_ID</c>,
/// retries transient failures through Polly, turns error bodies into <see cref="SalesforceApiException"/>
/// and keeps the latest <c>Sforce-Limit-Info</c> usage.
/// </summary>
internal sealed class SalesforceConnection : IDisposable
{
    public const string Service = "Salesforce";

    private const int MaxErrorBodyChars = 64 * 1024;

    // Tokens stay on the scrub list after they are replaced: a server may still echo an old one.
    private const int RememberedTokens = 16;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;
    private readonly SalesforceOptions _options;
    private readonly TransientRetry _retry;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _loginGate = new(1, 1);
    private readonly Lock _usageLock = new();
    private readonly Queue<Secret> _issuedTokens = new();
    private SalesforceSession? _session;
    private ApiUsage? _latestUsage;

    public SalesforceConnection(HttpMessageHandler handler, SalesforceOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(options);

        // The caller owns the transport handler; disposing this connection must not dispose it.
        _http = new HttpClient(handler, disposeHandler: false) { Timeout = options.RequestTimeout };
        _options = options;
        _logger = logger;
        _retry = new TransientRetry(Service, options.Retry, options.TimeProvider, options.OnRetry, logger);
    }

    public HttpClient Http => _http;

    public SalesforceOptions Options => _options;

    public TransientRetry Retry => _retry;

    public ILogger Logger => _logger;

    public string DataPath => $"/services/data/v{_options.ApiVersion}";

    public SalesforceSession? Session => Volatile.Read(ref _session);

    public ApiUsage? LatestApiUsage
    {
        get
        {
            lock (_usageLock)
            {
                return _latestUsage;
            }
        }
    }

    public Task<SalesforceSession> LoginAsync(CancellationToken cancellationToken) =>
        RenewSessionAsync(Session, cancellationToken);

    public Task<HttpResponseMessage> SendAsync(SalesforceCall call, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(call.Operation, call.Mode, token => SendWithLoginAsync(call, token), cancellationToken);

    public async Task<T> SendJsonAsync<T>(SalesforceCall call, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(call, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync<T>(response, call, cancellationToken).ConfigureAwait(false);
    }

    public Task<T> GetJsonAsync<T>(string pathAndQuery, CancellationToken cancellationToken) =>
        SendJsonAsync<T>(SalesforceCall.Get(pathAndQuery), cancellationToken);

    public static async Task<T> ReadJsonAsync<T>(
        HttpResponseMessage response,
        SalesforceCall call,
        CancellationToken cancellationToken)
    {
        var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken).ConfigureAwait(false);
        return value ?? throw new InvalidDataException($"Salesforce {call.Operation} returned an empty body.");
    }

    public static JsonContent JsonBody<T>(T value) => JsonContent.Create(value, options: Json);

    /// <summary>
    /// Sends once with the current session; on <c>INVALID_SESSION_ID</c> logs in again and sends once more.
    /// A second rejection is not transient and ends the call: logging in a third time would not help.
    /// </summary>
    public async Task<HttpResponseMessage> SendWithLoginAsync(SalesforceCall call, CancellationToken cancellationToken)
    {
        var session = Session ?? await RenewSessionAsync(null, cancellationToken).ConfigureAwait(false);

        try
        {
            return await SendOnceAsync(call, session, cancellationToken).ConfigureAwait(false);
        }
        catch (SalesforceApiException e) when (e.ErrorCode == SalesforceErrorCodes.InvalidSessionId)
        {
            _logger.SessionInvalidLoggingInAgain(call.Operation);
            var renewed = await RenewSessionAsync(session, cancellationToken).ConfigureAwait(false);
            return await SendOnceAsync(call, renewed, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _loginGate.Dispose();
    }

    private async Task<HttpResponseMessage> SendOnceAsync(
        SalesforceCall call,
        SalesforceSession session,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(call.Method, new Uri(session.InstanceUrl, call.PathAndQuery));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken.Reveal());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(call.Accept));
        request.Content = call.Content?.Invoke();

        _logger.Sending(call.Operation);
        var response = await TransportAsync(request, call.Operation, cancellationToken).ConfigureAwait(false);
        RecordUsage(response);

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await FailureAsync(response, call.Operation, session, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<HttpResponseMessage> TransportAsync(
        HttpRequestMessage request,
        string operation,
        CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw SalesforceApiException.ConnectionFailed(operation, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation the caller did not ask for.
            throw SalesforceApiException.TimedOut(operation, e);
        }
    }

    private async Task<SalesforceSession> RenewSessionAsync(
        SalesforceSession? stale,
        CancellationToken cancellationToken)
    {
        await _loginGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another request may have logged in again while this one waited; its session is new enough.
            var current = Session;
            if (current is not null && !ReferenceEquals(current, stale))
            {
                return current;
            }

            var session = await _retry.ExecuteAsync(
                $"POST {_options.Login.TokenUrl.AbsolutePath}",
                RetryMode.Always,
                RequestTokenAsync,
                cancellationToken).ConfigureAwait(false);

            Remember(session.AccessToken);
            Volatile.Write(ref _session, session);
            _logger.LoggedIn(_options.Login.Principal, session.InstanceUrl);
            return session;
        }
        finally
        {
            _loginGate.Release();
        }
    }

    private async Task<SalesforceSession> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var login = _options.Login;
        var operation = $"POST {login.TokenUrl.AbsolutePath}";
        using var request = new HttpRequestMessage(HttpMethod.Post, login.TokenUrl)
        {
            Content = new FormUrlEncodedContent(login.TokenForm()),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await TransportAsync(request, operation, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await FailureAsync(response, operation, null, cancellationToken).ConfigureAwait(false);
        }

        var token = await response.Content.ReadFromJsonAsync<SalesforceTokenResponse>(Json, cancellationToken)
            .ConfigureAwait(false);
        if (token?.AccessToken is not { Length: > 0 } accessToken
            || !Uri.TryCreate(token.InstanceUrl, UriKind.Absolute, out var instanceUrl))
        {
            throw new InvalidDataException(
                $"Salesforce {operation} answered without an access token or instance URL.");
        }

        return new SalesforceSession(new Secret(accessToken), instanceUrl, token.Id, IssuedAt(token.IssuedAt));
    }

    private async Task<SalesforceApiException> FailureAsync(
        HttpResponseMessage response,
        string operation,
        SalesforceSession? session,
        CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (body.Length > MaxErrorBodyChars)
        {
            body = body[..MaxErrorBodyChars];
        }

        var secrets = KnownSecrets().Append(session?.AccessToken).ToArray();
        var errors = SalesforceErrorParser.Parse(body, text => SecretRedactor.Scrub(text, secrets));
        var retryAfter = RetryAfterHeader.Read(response, _options.TimeProvider);

        return new SalesforceApiException(operation, response.StatusCode, errors, retryAfter);
    }

    private void Remember(Secret token)
    {
        lock (_issuedTokens)
        {
            _issuedTokens.Enqueue(token);
            if (_issuedTokens.Count > RememberedTokens)
            {
                _issuedTokens.Dequeue();
            }
        }
    }

    private IEnumerable<Secret?> KnownSecrets()
    {
        lock (_issuedTokens)
        {
            return _options.Login.Secrets.Concat(_issuedTokens).ToArray();
        }
    }

    private void RecordUsage(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues(ApiUsage.HeaderName, out var values))
        {
            return;
        }

        foreach (var value in values)
        {
            if (ApiUsage.TryParse(value, out var usage))
            {
                lock (_usageLock)
                {
                    _latestUsage = usage;
                }
            }
        }
    }

    private static DateTimeOffset? IssuedAt(string? millisecondsSinceEpoch) =>
        long.TryParse(millisecondsSinceEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
}
