using Runbook.Cli.Tests.TestSupport;

namespace Runbook.Cli.Tests.Commands;

public sealed class FmtCommandTests
{
    private const string Messy = "runbook \"m\" {\ntitle=\"t\"\n  version =  \"1\"\n}\n";
    private const string Tidy = "runbook \"m\" {\n    title   = \"t\"\n    version = \"1\"\n}\n";

    [Fact]
    public void The_example_runbooks_are_formatted()
        => Assert.Equal(0, CliRun.Invoke("fmt", "--check", RepositoryPaths.Runbooks).ExitCode);

    [Fact]
    public void Fmt_rewrites_a_file_into_the_canonical_layout()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("m.runbook", Messy);

        var run = CliRun.Invoke("fmt", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Tidy, File.ReadAllText(path));
        Assert.Equal(0, CliRun.Invoke("fmt", "--check", path).ExitCode);
    }

    [Fact]
    public void Check_lists_unformatted_files_changes_nothing_and_exits_1()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("m.runbook", Messy);

        var run = CliRun.Invoke("fmt", "--check", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(path.Replace('\\', '/') + "\n", run.Out.ReplaceLineEndings("\n"));
        Assert.Equal(Messy, File.ReadAllText(path));
    }

    [Fact]
    public void A_file_with_syntax_errors_is_left_untouched_with_a_message()
    {
        using var folder = new TemporaryFolder();
        const string broken = "runbook \"b\" {\ntitle =\n";
        var path = folder.Write("b.runbook", broken);

        var run = CliRun.Invoke("fmt", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(broken, File.ReadAllText(path));
        Assert.Contains("not formatted because it has syntax errors", run.Error, StringComparison.Ordinal);
    }
}
