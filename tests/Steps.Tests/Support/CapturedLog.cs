using Microsoft.Extensions.Logging;

namespace Runbook.Steps.Tests.Support;

/// <summary>One captured log event.</summary>
internal sealed record CapturedLog(
    LogLevel Level,
    EventId EventId,
    string Message,
    IReadOnlyList<string> Values,
    string? Exception)
{
    public string AllText => string.Join("\n", [Message, .. Values, Exception ?? ""]);
}
