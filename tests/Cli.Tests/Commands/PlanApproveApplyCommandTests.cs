using System.Text.Json;
using Runbook.Cli.Tests.TestSupport;

namespace Runbook.Cli.Tests.Commands;

/// <summary>
/// The plan, approve, apply cycle through the command line, with a plugin loaded from its own assembly.
/// </summary>
public sealed class PlanApproveApplyCommandTests : IDisposable
{
    private const string Echo = """
        runbook "echo" {
            param words: string = "hello"

            step say: test.echo "Say it" {
                message = param.words
            }

            plan {
                approvals = 1
                expect steps.say.echoed != ""
            }
        }
        """;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Without_the_plugin_its_step_kind_is_unknown()
    {
        var path = _folder.Write("echo.runbook", Echo);

        var run = CliRun.Invoke("check", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error RB2013: Unknown step kind 'test.echo'.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plugin_is_loaded_with_plugin_and_its_own_diagnostic_is_reported()
    {
        var path = _folder.Write(
            "echo.runbook",
            Echo.Replace("message = param.words", "message = \"\"", StringComparison.Ordinal));

        var run = CliRun.Invoke("check", "--plugin", TestPluginPath.Value, path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(5,19): error RB3901: test.echo needs a message to echo.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_lists_the_plugins_kinds()
    {
        var run = CliRun.Invoke("steps", "test.echo", "--plugin", TestPluginPath.Value);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("step kind test.echo: Repeats its message", run.Out, StringComparison.Ordinal);
        Assert.Contains("echoed: string", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_approve_apply_runs_the_plugins_step_only_once_approved()
    {
        var runbook = _folder.Write("echo.runbook", Echo);
        var plan = Path.Combine(_folder.Path, "plan.json");

        var planned = CliRun.Invoke(
            "plan", runbook,
            "--plugin", TestPluginPath.Value,
            "--param", "words=hi there",
            "--out", plan,
            "--by", "alice");
        var refused = CliRun.Invoke("apply", plan, "--plugin", TestPluginPath.Value, "--operator", "alice");
        var selfApproval = CliRun.Invoke("approve", plan, "--by", "alice");
        var approved = CliRun.Invoke("approve", plan, "--by", "bob", "--comment", "checked");
        var applied = CliRun.Invoke("apply", plan, "--plugin", TestPluginPath.Value, "--operator", "alice");

        Assert.Equal(0, planned.ExitCode);
        Assert.Contains("Echo \"hi there\"", planned.Out, StringComparison.Ordinal);
        Assert.Equal(4, refused.ExitCode);
        Assert.Contains(
            "needs 1 approval(s) from people other than alice and has 0",
            refused.Error,
            StringComparison.Ordinal);
        Assert.Equal(1, selfApproval.ExitCode);
        Assert.Equal(0, approved.ExitCode);
        Assert.Equal(0, applied.ExitCode);
        Assert.Contains("ok say  echoed=hi there", applied.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_refuses_a_plan_whose_runbook_changed_and_runs_nothing()
    {
        var runbook = _folder.Write("echo.runbook", Echo);
        var plan = Path.Combine(_folder.Path, "plan.json");
        CliRun.Invoke("plan", runbook, "--plugin", TestPluginPath.Value, "--out", plan, "--by", "alice");
        CliRun.Invoke("approve", plan, "--by", "bob");
        File.AppendAllText(runbook, "# a late edit\n");

        var run = CliRun.Invoke("apply", plan, "--plugin", TestPluginPath.Value);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("changed after the plan was made", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ok say", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_plan_and_its_canonical_json()
    {
        var runbook = _folder.Write("echo.runbook", Echo);
        var plan = Path.Combine(_folder.Path, "plan.json");
        CliRun.Invoke("plan", runbook, "--plugin", TestPluginPath.Value, "--out", plan, "--by", "alice");

        var text = CliRun.Invoke("show", plan);
        var json = CliRun.Invoke("show", plan, "--format", "json");

        Assert.Contains("Plan ", text.Out, StringComparison.Ordinal);
        Assert.Equal(1, JsonDocument.Parse(json.Out).RootElement.GetProperty("formatVersion").GetInt32());
    }

    [Fact]
    public void Plan_prints_markdown_for_a_pull_request_and_mermaid_for_the_step_graph()
    {
        var runbook = _folder.Write("echo.runbook", Echo);

        var markdown = CliRun.Invoke("plan", runbook, "--plugin", TestPluginPath.Value, "--format", "markdown");
        var mermaid = CliRun.Invoke("plan", runbook, "--plugin", TestPluginPath.Value, "--format", "mermaid");

        Assert.Equal(0, markdown.ExitCode);
        Assert.Contains("| 1 | `say` Say it | `test.echo` | Echo \"hello\" |", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("- :white_check_mark: `steps.say.echoed != \"\"`", markdown.Out, StringComparison.Ordinal);
        Assert.StartsWith("flowchart TD\n", mermaid.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("s1[\"1. say<br/>test.echo\"]:::reading", mermaid.Out, StringComparison.Ordinal);
        Assert.Contains("plan --> s1", mermaid.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_approve_plans_and_applies_and_says_no_human_approved()
    {
        var runbook = _folder.Write("echo.runbook", Echo);

        var run = CliRun.Invoke("apply", runbook, "--auto-approve", "--plugin", TestPluginPath.Value);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Auto-approved: no human approved this plan", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("words", "--param", "nope=1", "the runbook has no param 'nope'")]
    [InlineData("words", "--param", "broken", "write NAME=VALUE")]
    public void Bad_params_are_clear_errors(string _, string option, string value, string expected)
    {
        var runbook = _folder.Write("echo.runbook", Echo);

        var run = CliRun.Invoke("plan", runbook, "--plugin", TestPluginPath.Value, option, value);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }
}
