
namespace Runbook.Emulator.Hosting;

/// <summary>
/// In front of every emulated API call: counts it, waits the configured latency, then injects the drawn fault.
/// A faulted call never reaches its handler, so it changes no state; only "drop after processing" lets the
/// handler commit and then loses the answer, as a real network can.
/// </summary>
internal sealed class EmulatorMiddleware(
    RequestDelegate next,
    EmulatorOptions options,
    RequestStats stats,
    FaultInjector faults,
    ILogger<EmulatorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (RequestClassifier.IsEmulatorRoute(request.Path))
        {
            await next(http);
            return;
        }

        string? intacctBody = null;
        if (HttpMethods.IsPost(request.Method)
            && request.Path.Equals(RequestClassifier.IntacctGatewayPath, StringComparison.OrdinalIgnoreCase))
        {
            request.EnableBuffering();
            using var reader = new StreamReader(request.Body, leaveOpen: true);
            intacctBody = await reader.ReadToEndAsync(http.RequestAborted);
            request.Body.Position = 0;
        }

        var path = request.Path.Value ?? "/";
        stats.Record(request.Method, path, RequestClassifier.IsMutating(request.Method, request.Path, intacctBody));

        if (options.LatencyMs > 0)
        {
            await Task.Delay(options.LatencyMs, http.RequestAborted);
        }

        var isSalesforceApi = RequestClassifier.IsSalesforceApi(request.Path);
        switch (faults.Draw(isSalesforceApi))
        {
            case InjectedFault.Drop:
                stats.RecordDrop();
                EmulatorLog.ConnectionDropped(logger, request.Method, path, "before");
                http.Abort();
                return;

            case InjectedFault.ServiceUnavailable:
                stats.RecordFault();
                EmulatorLog.FaultInjected(logger, request.Method, path, StatusCodes.Status503ServiceUnavailable);
                await WriteServiceUnavailableAsync(http, isSalesforceApi);
                return;

            case InjectedFault.RequestLimitExceeded:
                stats.RecordFault();
                EmulatorLog.FaultInjected(logger, request.Method, path, StatusCodes.Status403Forbidden);
                await WriteJsonAsync(
                    http,
                    StatusCodes.Status403Forbidden,
                    """[{"message":"ConcurrentPerOrgLongTxn Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]""");
                return;

            case InjectedFault.DropAfterProcessing:
                await HandleThenDropAsync(http, request.Method, path);
                return;

            default:
                await HandleAsync(http, isSalesforceApi);
                return;
        }
    }

    /// <summary>
    /// Runs the handler; a bug in the emulator answers 500 in the vendor's shape and is logged, rather than
    /// leaving the client with an empty response it cannot tell from a real outage.
    /// </summary>
    private async Task HandleAsync(HttpContext http, bool isSalesforceApi)
    {
        try
        {
            await next(http);
        }
        catch (Exception error) when (error is not OperationCanceledException && !http.Response.HasStarted)
        {
            EmulatorLog.HandlerFailed(logger, error, http.Request.Method, http.Request.Path.Value ?? "/");
            http.Response.Clear();
            if (isSalesforceApi)
            {
                await WriteJsonAsync(
                    http,
                    StatusCodes.Status500InternalServerError,
                    """[{"message":"An unexpected error occurred """ +
                    """in the emulator.","errorCode":"UNKNOWN_EXCEPTION"}]""");
            }
            else
            {
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }
        }
    }

    private async Task HandleThenDropAsync(HttpContext http, string method, string path)
    {
        // The answer is written to memory, never to the socket, and thrown away with the connection.
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await HandleAsync(http, RequestClassifier.IsSalesforceApi(http.Request.Path));
        }
        finally
        {
            http.Response.Body = original;
        }

        stats.RecordDrop();
        EmulatorLog.ConnectionDropped(logger, method, path, "after");
        http.Abort();
    }

    private static Task WriteServiceUnavailableAsync(HttpContext http, bool isSalesforceApi)
    {
        if (isSalesforceApi)
        {
            return WriteJsonAsync(
                http,
                StatusCodes.Status503ServiceUnavailable,
                """[{"message":"Server temporarily unavailable, please retry.","errorCode":"SERVER_UNAVAILABLE"}]""");
        }

        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.ContentType = "text/html; charset=UTF-8";
        return http.Response.WriteAsync("<html><body><h1>503 Service Unavailable</h1></body></html>");
    }

    private static Task WriteJsonAsync(HttpContext http, int status, string json)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json;charset=UTF-8";
        return http.Response.WriteAsync(json);
    }
}
