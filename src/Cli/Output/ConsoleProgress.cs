using System.Collections.Concurrent;
using Runbook.Engine.Execution;
using Runbook.Engine.Plugins;
using Spectre.Console;

namespace Runbook.Cli.Output;

/// <summary>
/// Shows how far long steps have come. On a terminal, a live Spectre.Console progress bar per step (records
/// deleted of total, refresh percentage, elapsed time); otherwise a plain line at most every few seconds, so
/// logs of unattended runs stay readable.
/// </summary>
internal sealed class ConsoleProgress : IProgress<(string Step, StepProgress Progress)>, IDisposable
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private readonly TextWriter _plain;
    private readonly bool _live;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastPlainLine = new();
    private readonly object _gate = new();
    private LiveBar? _bar;

    public ConsoleProgress(TextWriter plain, bool live)
    {
        _plain = plain;
        _live = live;
    }

    public void Report((string Step, StepProgress Progress) value)
    {
        var (step, progress) = value;
        if (!_live)
        {
            var now = DateTimeOffset.UtcNow;
            var last = _lastPlainLine.GetValueOrDefault(step);
            var finished = progress.Total is { } all && progress.Done >= all;
            if (now - last >= PlainInterval || finished)
            {
                _lastPlainLine[step] = now;
                _plain.WriteLine($"   {step}: {Describe(progress)}");
            }

            return;
        }

        lock (_gate)
        {
            _bar ??= LiveBar.Start(step);
            _bar.Update(progress, Describe(progress));
        }
    }

    /// <summary>Ends the live bar when its step ends, so prompts and results print below it.</summary>
    public void StepChanged(StepRecord record)
    {
        if (record.Status == StepStatus.Running)
        {
            return;
        }

        lock (_gate)
        {
            _bar?.Stop();
            _bar = null;
        }
    }

    public void Dispose() => StepChanged(new StepRecord(string.Empty, StepStatus.Succeeded));

    private static string Describe(StepProgress progress)
    {
        var amount = progress.Total is { } total
            ? $"{progress.Done:N0} of {total:N0} {progress.Unit}"
            : $"{progress.Done:N0} {progress.Unit}";
        return progress.Message is null ? amount : $"{amount} ({progress.Message})";
    }

    // One Spectre progress display, running on its own task until the step ends.
    private sealed class LiveBar
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<ProgressTask> _task =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Task? _display;

        public static LiveBar Start(string step)
        {
            var bar = new LiveBar();
            bar._display = AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(
                    new TaskDescriptionColumn(),
                    new ProgressBarColumn(),
                    new PercentageColumn(),
                    new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    bar._task.SetResult(context.AddTask(Markup.Escape(step)));
                    await bar._done.Task;
                });
            return bar;
        }

        public void Update(StepProgress progress, string description)
        {
            var task = _task.Task.GetAwaiter().GetResult();
            task.MaxValue = Math.Max(1, progress.Total ?? Math.Max(progress.Done, 1));
            task.Value = progress.Done;
            task.Description = Markup.Escape(description);
        }

        public void Stop()
        {
            _done.TrySetResult();
            _display?.GetAwaiter().GetResult();
        }
    }
}
