using System.Diagnostics;
using System.Globalization;

namespace Runbook.ApiCost;

/// <summary>
/// Runs the built <c>runbook</c> CLI as a process of its own and measures its peak resident memory: exactly,
/// from <c>/usr/bin/time</c> (the kernel's ru_maxrss) when it exists, else by sampling VmHWM in
/// /proc/PID/status while it runs.
/// </summary>
internal static class CliProcess
{
    private const string GnuTime = "/usr/bin/time";

    public static async Task<CliResult> RunAsync(string cliDll, IReadOnlyList<string> arguments, string workDirectory)
    {
        var rssFile = Path.Combine(workDirectory, "maxrss.txt");
        var useTime = File.Exists(GnuTime);
        var start = new ProcessStartInfo(useTime ? GnuTime : "dotnet")
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (useTime)
        {
            foreach (var argument in new[] { "-f", "%M", "-o", rssFile, "dotnet" })
            {
                start.ArgumentList.Add(argument);
            }
        }

        start.ArgumentList.Add(cliDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The CLI did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        long sampledKb = 0;
        while (!process.HasExited)
        {
            sampledKb = Math.Max(sampledKb, SampleHighWaterMark(process.Id));
            await Task.Delay(50);
        }

        await process.WaitForExitAsync();
        clock.Stop();

        var peakKb = useTime && File.Exists(rssFile)
            && long.TryParse(File.ReadAllText(rssFile).Trim().Split('\n')[^1], NumberStyles.None,
                CultureInfo.InvariantCulture, out var exact)
            ? exact
            : sampledKb;
        return new CliResult(process.ExitCode, clock.Elapsed, peakKb, await output, await error);
    }

    // With /usr/bin/time in between, the CLI is its child; VmHWM of the wrapper itself would be tiny, so the
    // exact figure comes from time's report and this sample only serves when time is missing.
    private static long SampleHighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }

        return 0;
    }
}
