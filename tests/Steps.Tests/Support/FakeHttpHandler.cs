using System.Net;
using System.Text;

namespace Runbook.Steps.Tests.Support;

/// <summary>
/// Replays scripted responses in order and records every request. A request with no scripted response left
/// fails the test with a message naming it.
/// </summary>
internal sealed class FakeHttpHandler(TimeProvider? time = null) : HttpMessageHandler
{
    private readonly Queue<Func<RecordedRequest, HttpResponseMessage>> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private int _apiUsage = 100;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToArray();
            }
        }
    }

    public int Remaining
    {
        get
        {
            lock (_script)
            {
                return _script.Count;
            }
        }
    }

    /// <summary>Scripts a response; Salesforce-style JSON responses get a growing Sforce-Limit-Info header.</summary>
    public FakeHttpHandler Respond(
        HttpStatusCode status,
        string body,
        string contentType = "application/json",
        Action<HttpResponseMessage>? configure = null)
    {
        return Then(_ =>
        {
            var response = new HttpResponseMessage(status)
            {
                Content = new StringContent(body, Encoding.UTF8, contentType),
            };
            response.Headers.TryAddWithoutValidation(
                "Sforce-Limit-Info",
                $"api-usage={Interlocked.Increment(ref _apiUsage)}/15000");
            configure?.Invoke(response);
            return response;
        });
    }

    public FakeHttpHandler Ok(string body, string contentType = "application/json") =>
        Respond(HttpStatusCode.OK, body, contentType);

    public FakeHttpHandler NoContent() => Then(_ => new HttpResponseMessage(HttpStatusCode.NoContent));

    public FakeHttpHandler Created() => Then(_ => new HttpResponseMessage(HttpStatusCode.Created));

    public FakeHttpHandler Throw(Exception exception) => Then(_ => throw exception);

    public FakeHttpHandler Then(Func<RecordedRequest, HttpResponseMessage> responder)
    {
        lock (_script)
        {
            _script.Enqueue(responder);
        }

        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization,
            request.Content?.Headers.ContentType?.ToString(),
            body,
            _time.GetUtcNow());

        Func<RecordedRequest, HttpResponseMessage> responder;
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        lock (_script)
        {
            if (_script.Count == 0)
            {
                throw new InvalidOperationException($"The fake server has no response scripted for {recorded}.");
            }

            responder = _script.Dequeue();
        }

        return responder(recorded);
    }
}
