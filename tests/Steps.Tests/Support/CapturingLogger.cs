using Microsoft.Extensions.Logging;

namespace Runbook.Steps.Tests.Support;

/// <summary>
/// Keeps every log event at every level: the formatted message, each structured value and the exception, so
/// that tests can search all of it for secrets.
/// </summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly List<CapturedLog> _entries = [];

    public IReadOnlyList<CapturedLog> Entries
    {
        get
        {
            lock (_entries)
            {
                return _entries.ToArray();
            }
        }
    }

    /// <summary>Everything logged, as one text to search.</summary>
    public string AllText => string.Join("\n", Entries.Select(e => e.AllText));

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.Select(p => $"{p.Key}={p.Value}").ToArray()
            : [];
        var entry = new CapturedLog(logLevel, eventId, formatter(state, exception), values, exception?.ToString());

        lock (_entries)
        {
            _entries.Add(entry);
        }
    }
}
