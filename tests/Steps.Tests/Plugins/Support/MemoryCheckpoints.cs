using System.Collections.Concurrent;
using Runbook.Engine.Plugins;

namespace Runbook.Steps.Tests.Plugins.Support;

/// <summary>Checkpoints kept in memory, shared between an attempt and the attempt that resumes it.</summary>
internal sealed class MemoryCheckpoints : IStepCheckpoints
{
    private readonly ConcurrentDictionary<string, string> _notes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _writes = new();

    public IReadOnlyDictionary<string, string> Notes => _notes;

    /// <summary>Every key written, in order, so tests can tell what was saved before what.</summary>
    public IReadOnlyCollection<string> Writes => _writes;

    /// <summary>Called after every write; a test throws from it to stop an attempt at that point.</summary>
    public Action<string, string>? AfterWrite { get; set; }

    public string? Get(string key) => _notes.TryGetValue(key, out var value) ? value : null;

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        _notes[key] = value;
        _writes.Enqueue(key);
        AfterWrite?.Invoke(key, value);
        return Task.CompletedTask;
    }
}
