using System.Text.Json;
using Json.Schema;
using Runbook.Cli.Tests.TestSupport;

namespace Runbook.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    private const string Mistakes = """
        runbook "three" {
            param enabled: bool = "yes"

            step one: manual "First" {
                instructions = "Do ${param.sandbx}"

            step two: manual "Second" {
                instructions = "Then this"
            }
        }
        """;

    [Fact]
    public void The_example_runbooks_check_clean()
    {
        var run = CliRun.Invoke("check", RepositoryPaths.Runbooks);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(": error ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_are_printed_like_a_compiler_with_the_line_and_a_caret()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("three.runbook", Mistakes).Replace('\\', '/');

        var run = CliRun.Invoke("check", path);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Out.Split('\n');
        var first = Array.FindIndex(lines, line => line.Contains("RB2008", StringComparison.Ordinal));
        Assert.Equal(
            $"{path}(2,27): error RB2008: The default of param 'enabled' is a string, " +
            $"but the param is declared as bool.",
            lines[first]);
        Assert.Equal("        param enabled: bool = \"yes\"", lines[first + 1]);
        Assert.Equal("                              ^~~~~", lines[first + 2]);
        Assert.Contains($"{path}(5,36): error RB2003: Unknown param 'sandbx'.", run.Out, StringComparison.Ordinal);
        Assert.Contains(
            $"{path}(5,44): error RB1008: Expected '}}' but found keyword 'step'.",
            run.Out,
            StringComparison.Ordinal);
        Assert.EndsWith("3 errors, 1 warning in 1 file.\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_gives_one_object_per_diagnostic()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("three.runbook", Mistakes).Replace('\\', '/');

        var run = CliRun.Invoke("check", "--format", "json", path);

        Assert.Equal(1, run.ExitCode);
        var diagnostics = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        var unknown = Assert.Single(diagnostics, item => item.GetProperty("code").GetString() == "RB2003");
        Assert.Equal("error", unknown.GetProperty("severity").GetString());
        Assert.Equal("Unknown param 'sandbx'.", unknown.GetProperty("message").GetString());
        Assert.Equal(path, unknown.GetProperty("path").GetString());
        Assert.Equal((5, 36, 5, 42), (
            unknown.GetProperty("startLine").GetInt32(), unknown.GetProperty("startColumn").GetInt32(),
            unknown.GetProperty("endLine").GetInt32(), unknown.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void Sarif_output_validates_against_the_sarif_2_1_0_schema()
    {
        var run = CliRun.Invoke("check", "--format", "sarif", RepositoryPaths.InvalidCorpus);

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var result = SarifSchema.Instance.Evaluate(
            document.RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .Select(detail => $"{detail.InstanceLocation}: {string.Join("; ", detail.Errors!.Values)}")));

        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.True(results.GetArrayLength() > 10);
        Assert.All(
            results.EnumerateArray(),
            item => Assert.StartsWith("RB", item.GetProperty("ruleId").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void The_schema_check_rejects_a_log_that_breaks_sarif()
    {
        var run = CliRun.Invoke("check", "--format", "sarif", RepositoryPaths.InvalidCorpus);
        var broken = System.Text.Json.Nodes.JsonNode.Parse(run.Out)!;
        broken["runs"]![0]!["results"]![0]!["level"] = "catastrophic";

        using var document = JsonDocument.Parse(broken.ToJsonString());

        Assert.False(SarifSchema.Instance.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void Github_format_prints_workflow_annotations()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("three.runbook", Mistakes).Replace('\\', '/');

        var run = CliRun.Invoke("check", "--format", "github", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            $"::error file={path.Replace(":", "%3A", StringComparison.Ordinal)}," +
            $"line=5,col=36,endLine=5,endColumn=42,title=RB2003::RB2003 Unknown param 'sandbx'.",
            run.Out, StringComparison.Ordinal);
        Assert.Contains("::warning file=", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_searched_recursively()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.runbook", "runbook \"a\" {\n}\n");
        folder.Write("nested/deeper/b.runbook", "runbook \"b\" {\n    titel = \"x\"\n}\n");

        var run = CliRun.Invoke("check", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("b.runbook(2,5): error RB2012", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("1 error, 0 warnings in 2 files.\n", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--no-such-option", "runbooks")]
    [InlineData("check", "--format", "xml", "runbooks")]
    [InlineData("check")]
    [InlineData("no-such-command")]
    public void Usage_mistakes_exit_with_2_and_a_short_message(params string[] args)
    {
        var run = CliRun.Invoke(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("runbook: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_with_2_and_says_what_to_give()
    {
        var run = CliRun.Invoke("check", "does/not/exist.runbook");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "runbook: 'does/not/exist.runbook' does not exist; give the path of a .runbook file or a folder.\n",
            run.Error.ReplaceLineEndings("\n"));
    }
}
