using Microsoft.Extensions.Logging;

namespace Runbook.Steps.Http;

/// <summary>Log events shared by the API clients (event ids 1000-1099).</summary>
internal static partial class HttpLog
{
    [LoggerMessage(
        EventId = 1001,
        Level = LogLevel.Warning,
        Message = "{Service} {Operation} failed transiently ({Reason}); retry {Attempt} in {Delay}")]
    public static partial void RetryScheduled(
        this ILogger logger,
        string service,
        string operation,
        int attempt,
        TimeSpan delay,
        string reason);
}
