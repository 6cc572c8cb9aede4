using System.ComponentModel;
using System.Diagnostics;

namespace Runbook.Engine.Reporting;

/// <summary>
/// The git commit a runbook file comes from, by asking the <c>git</c> command. No git, no repository, or a
/// repository without commits all give null: the report then says nothing about git.
/// </summary>
internal static class GitInfo
{
    /// <summary>
    /// Long enough for git on a large repository, short enough that a hung git cannot hang a report.
    /// </summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static ReportGit? Describe(string filePath)
    {
        var fullPath = Path.GetFullPath(filePath);
        if (!File.Exists(fullPath))
        {
            return null;
        }

        var directory = Path.GetDirectoryName(fullPath)!;
        var commit = Run(directory, "rev-parse", "HEAD")?.Trim();
        if (string.IsNullOrEmpty(commit))
        {
            return null;
        }

        // --ignored lists an ignored file as "!!": it is not in the commit any more than an untracked one is.
        var status = Run(directory, "status", "--porcelain", "--ignored", "--", Path.GetFileName(fullPath));
        if (status is null)
        {
            return null;
        }

        var outside = status.StartsWith("??", StringComparison.Ordinal)
            || status.StartsWith("!!", StringComparison.Ordinal);
        var state = status.Length == 0 ? "committed" : outside ? "untracked" : "modified";
        return new ReportGit(commit, state, Modified: state != "committed");
    }

    private static string? Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(directory);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? output.GetAwaiter().GetResult() : null;
        }
        catch (Win32Exception)
        {
            // git is not installed.
            return null;
        }
    }
}
