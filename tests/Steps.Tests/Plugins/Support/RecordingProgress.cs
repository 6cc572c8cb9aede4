using System.Collections.Concurrent;
using Runbook.Engine.Plugins;

namespace Runbook.Steps.Tests.Plugins.Support;

/// <summary>Keeps every progress report, on the reporting thread.</summary>
internal sealed class RecordingProgress : IProgress<StepProgress>
{
    private readonly ConcurrentQueue<StepProgress> _reports = new();

    public IReadOnlyCollection<StepProgress> Reports => _reports;

    public void Report(StepProgress value) => _reports.Enqueue(value);
}
