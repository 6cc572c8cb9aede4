using System.Diagnostics;
using System.Text;

namespace Runbook.Cli.Tests.TestSupport;

/// <summary>The runbook command as a separate process, so a test can kill it the way a crash would.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private CliProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static CliProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "runbook.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new CliProcess(
            Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started."));
    }

    /// <summary>
    /// Waits until the process has printed <paramref name="text"/> or ended; true when it printed it.
    /// </summary>
    public async Task<bool> WaitForOutputAsync(string text)
    {
        while (!_process.HasExited)
        {
            if (Output.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(20);
        }

        return Output.Contains(text, StringComparison.Ordinal);
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitAsync()
    {
        await _process.WaitForExitAsync();
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Ends the process at once, as kill -9 does: no handler runs, nothing is flushed.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Sends SIGTERM, as a service manager or <c>kill</c> does, asking the process to stop.</summary>
    public void Terminate()
    {
        using var kill = Process.Start(
            "kill",
            ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill?.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
