using Runbook.Cli.Tests.TestSupport;

namespace Runbook.Cli.Tests.Commands;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_prints_the_title_and_help_of_a_code()
    {
        var run = CliRun.Invoke("explain", "rb1002");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(
            "RB1002: Unterminated string (error)\n\nA string in double quotes must end on the line",
            run.Out.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_without_a_code_lists_every_code()
    {
        var run = CliRun.Invoke("explain");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("RB1001  error    Unexpected character", run.Out, StringComparison.Ordinal);
        Assert.Contains("RB2100  warning  Unused param", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_is_a_usage_mistake()
    {
        var run = CliRun.Invoke("explain", "RB9999");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'RB9999' is not a diagnostic code", run.Error, StringComparison.Ordinal);
    }
}
