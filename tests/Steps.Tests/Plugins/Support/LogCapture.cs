using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Runbook.Steps.Tests.Plugins.Support;

/// <summary>A logger factory that keeps every event, with its values and exception, to search for secrets.</summary>
internal sealed class LogCapture : ILoggerFactory
{
    private readonly ConcurrentQueue<string> _entries = new();

    public string AllText => string.Join("\n", _entries);

    public IReadOnlyCollection<string> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
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
                ? string.Join(" ", pairs.Select(pair => $"{pair.Key}={pair.Value}"))
                : "";
            var message = formatter(state, exception);
            entries.Enqueue($"{logLevel} {category} [{eventId.Id}] {message} | {values} | {exception}");
        }
    }
}
