using System.Diagnostics;
using Runbook.Engine.Reporting;
using Runbook.Engine.Tests.Execution;

namespace Runbook.Engine.Tests.Reporting;

public sealed class GitInfoTests : IDisposable
{
    private readonly JournalFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_committed_file_reports_the_commit_then_its_changes()
    {
        var runbook = Path.Combine(_folder.Path, "refresh.runbook");
        File.WriteAllText(runbook, "runbook \"refresh\" {}\n");
        Git("init", "-q");
        Git("add", "refresh.runbook");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", "commit", "-q",
            "-m", "first");
        var head = Git("rev-parse", "HEAD").Trim();

        var committed = GitInfo.Describe(runbook);
        File.AppendAllText(runbook, "# changed\n");
        var modified = GitInfo.Describe(runbook);
        var untracked = Path.Combine(_folder.Path, "new.runbook");
        File.WriteAllText(untracked, "runbook \"new\" {}\n");

        Assert.Equal(new ReportGit(head, "committed", Modified: false), committed);
        Assert.Equal(new ReportGit(head, "modified", Modified: true), modified);
        Assert.Equal(new ReportGit(head, "untracked", Modified: true), GitInfo.Describe(untracked));
    }

    [Fact]
    public void A_file_outside_any_repository_or_missing_has_no_git_information()
    {
        var outside = Path.Combine(Path.GetTempPath(), "runbook-no-git-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            var file = Path.Combine(outside, "x.runbook");
            File.WriteAllText(file, "runbook \"x\" {}\n");

            // The temporary folder is not inside a repository, unless the machine's is: then skip the check.
            if (!InsideRepository(outside))
            {
                Assert.Null(GitInfo.Describe(file));
            }

            Assert.Null(GitInfo.Describe(Path.Combine(outside, "missing.runbook")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    private string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = _folder.Path };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error}");
        return output;
    }

    private static bool InsideRepository(string directory)
    {
        var start = new ProcessStartInfo("git", ["-C", directory, "rev-parse", "--is-inside-work-tree"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
