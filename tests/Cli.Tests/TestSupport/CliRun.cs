using System.Text;

namespace Runbook.Cli.Tests.TestSupport;

/// <summary>Runs the command line in process and captures what it writes and the exit code.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Invoke(params string[] args)
    {
        var stdout = new MemoryStream();
        var outWriter = new StreamWriter(stdout, new UTF8Encoding(false)) { AutoFlush = true };
        var errorWriter = new StringWriter();

        var exitCode = CliApplication.Run(args, new CliContext(outWriter, errorWriter, () => stdout));

        outWriter.Flush();
        return new CliRun(exitCode, Encoding.UTF8.GetString(stdout.ToArray()), errorWriter.ToString());
    }
}
