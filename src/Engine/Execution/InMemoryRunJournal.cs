using System.Collections.Concurrent;
using Runbook.Engine.Plugins;

namespace Runbook.Engine.Execution;

/// <summary>A journal that keeps nothing after the process ends: for tests and dry rehearsals.</summary>
public sealed class InMemoryRunJournal : IRunJournal
{
    private readonly ConcurrentDictionary<string, List<StepRecord>> _steps = new();
    private readonly ConcurrentDictionary<(string Run, string Step), MemoryCheckpoints> _checkpoints = new();

    /// <summary>Every event appended, in order.</summary>
    public List<(string Run, string Kind, string Message)> Events { get; } = [];

    /// <summary>Every confirmation recorded.</summary>
    public List<(string Run, string Step, ManualConfirmation Confirmation)> Confirmations { get; } = [];

    /// <summary>The last status of each run.</summary>
    public ConcurrentDictionary<string, RunStatus> Statuses { get; } = new();

    /// <inheritdoc />
    public Task<string> StartRunAsync(RunStart start, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        _steps[id] = [.. start.Plan.Steps.Select(step => new StepRecord(step.Name, StepStatus.Pending))];
        Statuses[id] = RunStatus.Running;
        return Task.FromResult(id);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StepRecord>> LoadStepsAsync(string runId, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<StepRecord>>([.. _steps[runId]]);

    /// <inheritdoc />
    public Task StepStartedAsync(
        string runId,
        string step,
        int attempt,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        Replace(runId, step, record => record with { Status = StepStatus.Running, StartedAt = at, Attempts = attempt });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StepEndedAsync(string runId, StepRecord record, CancellationToken cancellationToken)
    {
        Replace(runId, record.Name, _ => record);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public IStepCheckpoints Checkpoints(string runId, string step)
        => _checkpoints.GetOrAdd((runId, step), _ => new MemoryCheckpoints());

    /// <inheritdoc />
    public Task ConfirmationAsync(
        string runId,
        string step,
        ManualConfirmation confirmation,
        CancellationToken cancellationToken)
    {
        lock (Confirmations)
        {
            Confirmations.Add((runId, step, confirmation));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task EventAsync(string runId, string kind, string message, CancellationToken cancellationToken)
    {
        lock (Events)
        {
            Events.Add((runId, kind, message));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RunStatusAsync(string runId, RunStatus status, string? message, CancellationToken cancellationToken)
    {
        Statuses[runId] = status;
        return Task.CompletedTask;
    }

    private void Replace(string runId, string step, Func<StepRecord, StepRecord> change)
    {
        var steps = _steps[runId];
        lock (steps)
        {
            var index = steps.FindIndex(record => record.Name == step);
            steps[index] = change(steps[index]);
        }
    }

    private sealed class MemoryCheckpoints : IStepCheckpoints
    {
        private readonly ConcurrentDictionary<string, string> _notes = new();

        public string? Get(string key) => _notes.GetValueOrDefault(key);

        public Task SetAsync(string key, string value, CancellationToken cancellationToken)
        {
            _notes[key] = value;
            return Task.CompletedTask;
        }
    }
}
