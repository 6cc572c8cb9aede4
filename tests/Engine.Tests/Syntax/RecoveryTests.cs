using Runbook.Engine.Binding;
using Runbook.Engine.Syntax;
using Runbook.Engine.Tests.TestSupport;
using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.Syntax;

public sealed class RecoveryTests
{
    [Fact]
    public void Three_unrelated_mistakes_give_three_diagnostics_at_their_places()
    {
        const string source = """
            runbook "three" {
                param enabled: bool = "yes"

                step one: manual "First" {
                    instructions = "Do ${param.sandbx}"

                step two: manual "Second" {
                    instructions = "Then this"
                }
            }
            """;
        var text = SourceText.From(source);

        var errors = RunbookCompilation.Create(text).Diagnostics.Where(diagnostic => diagnostic.IsError).ToList();

        Assert.Equal(
            [
                "RB2008 error (2,27)-(2,32) The default of param 'enabled' is a string, " +
                    "but the param is declared as bool.",
                "RB2003 error (5,36)-(5,42) Unknown param 'sandbx'.",
                "RB1008 error (5,44)-(5,44) Expected '}' but found keyword 'step'.",
            ],
            errors.Select(error => SyntaxRenderer.Render(error, text)));
    }

    [Fact]
    public void A_missing_closing_brace_lets_the_next_step_parse_as_a_step()
    {
        var tree = SyntaxTree.Parse("""
            runbook "r" {
                step one: manual {
                    instructions = "a"
                step two: manual {
                    instructions = "b"
                }
            }
            """);

        var steps = tree.Root.Runbook.Members.OfType<StepDeclarationSyntax>().ToList();

        Assert.Equal(["one", "two"], steps.Select(step => step.Name.Text));
        Assert.True(steps[0].Body.CloseBrace.IsMissing);
        Assert.False(tree.Root.Runbook.CloseBrace.IsMissing);
    }

    [Fact]
    public void A_declaration_indented_inside_a_body_is_reported_as_misplaced_and_the_body_continues()
    {
        var tree = SyntaxTree.Parse("""
            runbook "r" {
                step one: manual {
                    param x: int
                    instructions = "a"
                }
            }
            """);

        var step = Assert.Single(tree.Root.Runbook.Members.OfType<StepDeclarationSyntax>());

        Assert.False(step.Body.CloseBrace.IsMissing);
        Assert.Equal("RB1015", Assert.Single(tree.Diagnostics).Code);
    }

    [Fact]
    public void A_megabyte_of_open_brackets_gives_a_nesting_diagnostic_not_a_stack_overflow()
    {
        var source = "runbook \"deep\" {\n    a = " + new string('[', 1_000_000) + "\n}\n";

        var compilation = RunbookCompilation.Create(SourceText.From(source));

        Assert.Equal(source, compilation.SyntaxTree.Root.ToFullString());
        Assert.Contains(compilation.Diagnostics, diagnostic => diagnostic.Code == "RB1014");
    }

    [Fact]
    public void A_long_chain_of_not_is_cut_short_with_a_nesting_diagnostic()
    {
        var nots = string.Concat(Enumerable.Repeat("not ", 100_000));
        var source = "runbook \"deep\" {\n    require " + nots + "true\n}\n";

        var compilation = RunbookCompilation.Create(SourceText.From(source));

        Assert.Equal(source, compilation.SyntaxTree.Root.ToFullString());
        Assert.Equal("RB1014", Assert.Single(compilation.Diagnostics).Code);
    }

    [Fact]
    public void Interpolations_nested_deeply_on_one_line_are_reported_once()
    {
        var source = "runbook \"deep\" {\n    a = " + string.Concat(Enumerable.Repeat("\"${", 5_000)) + "\n}\n";

        var diagnostics = SyntaxTree.Parse(source).Diagnostics;

        Assert.Single(diagnostics, diagnostic => diagnostic.Code == "RB1016");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  # only a comment\n")]
    [InlineData("}")]
    [InlineData("runbook")]
    [InlineData("runbook \"x\"")]
    [InlineData("runbook \"x\" {")]
    [InlineData("\"${\"${")]
    [InlineData("\"\"\"")]
    [InlineData("runbook \"x\" { step a: b.")]
    public void Fragments_give_a_tree_and_a_diagnostic(string source)
    {
        var tree = SyntaxTree.Parse(source);

        Assert.Equal(source, tree.Root.ToFullString());
        Assert.Contains(tree.Diagnostics, diagnostic => diagnostic.IsError);
    }
}
