using System.ComponentModel;
using System.Diagnostics;

namespace Runbook.Engine.Execution.Journal;

/// <summary>
/// The process that holds a target lock, told apart from a later process that happens to get the same id by
/// its start time.
/// </summary>
/// <param name="ProcessId">The operating system's process id.</param>
/// <param name="ProcessStartedAt">When the process started, when it could be read.</param>
/// <param name="Host">The machine it runs on.</param>
public sealed record LockHolder(int ProcessId, DateTimeOffset? ProcessStartedAt, string Host)
{
    /// <summary>
    /// Start times are read from the operating system in clock ticks; two readings of one process can differ
    /// by rounding, never by this much, and a new process reusing the id within it is not a real risk.
    /// </summary>
    private static readonly TimeSpan StartTimeTolerance = TimeSpan.FromSeconds(1);

    /// <summary>This process.</summary>
    public static LockHolder Current { get; } = Describe(Environment.ProcessId, Environment.MachineName);

    /// <summary>The process with this id on this machine, with its start time when it can be read.</summary>
    public static LockHolder Describe(int processId, string host)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return new LockHolder(processId, StartTimeOf(process), host);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or Win32Exception
            or NotSupportedException)
        {
            return new LockHolder(processId, null, host);
        }
    }

    /// <summary>
    /// False only when this machine can tell the process is gone: no process has its id, or the one that has
    /// it started at another time. A process on another machine cannot be checked, so it counts as alive;
    /// so does one whose start time cannot be read.
    /// </summary>
    public bool IsAlive()
    {
        if (!string.Equals(Host, Environment.MachineName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(ProcessId);
            if (process.HasExited)
            {
                return false;
            }

            if (ProcessStartedAt is not { } recorded)
            {
                return true;
            }

            return (StartTimeOf(process) - recorded).Duration() <= StartTimeTolerance;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (Exception exception) when (exception is Win32Exception or NotSupportedException)
        {
            // Not allowed to look at it: it exists, so assume it still works on its run.
            return true;
        }
    }

    private static DateTimeOffset StartTimeOf(Process process)
        => new(process.StartTime.ToUniversalTime(), TimeSpan.Zero);
}
