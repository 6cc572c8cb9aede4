using System.Runtime.InteropServices;

namespace Runbook.Cli;

/// <summary>
/// Ctrl+C and SIGTERM. The first asks the running command to stop at its next safe point (a run records where
/// it stopped and can be resumed); a second Ctrl+C ends the process at once.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly TextWriter _error;
    private readonly PosixSignalRegistration? _terminate;
    private int _count;

    public Interruption(TextWriter error)
    {
        _error = error;
        Console.CancelKeyPress += OnCancelKeyPress;
        _terminate = OperatingSystem.IsWindows()
            ? null
            : PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnTerminate);
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _terminate?.Dispose();
        _source.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (Interlocked.Increment(ref _count) == 1)
        {
            e.Cancel = true;
            _error.WriteLine("runbook: stopping at the next safe point; press Ctrl+C again to stop at once.");
            _source.Cancel();
        }
    }

    private void OnTerminate(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Interlocked.Increment(ref _count) == 1)
        {
            _error.WriteLine("runbook: terminated; stopping at the next safe point.");
            _source.Cancel();
        }
    }
}
