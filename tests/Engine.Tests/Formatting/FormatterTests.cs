using CsCheck;
using Runbook.Engine.Formatting;
using Runbook.Engine.Syntax;
using Runbook.Engine.Tests.Generators;
using Runbook.Engine.Tests.TestSupport;

namespace Runbook.Engine.Tests.Formatting;

public sealed class FormatterTests
{
    private static string Format(string text) => Formatter.Format(SyntaxTree.Parse(text))
        ?? throw new InvalidOperationException("The text has syntax errors.");

    [Fact]
    public void Layout_is_canonical()
    {
        const string messy = """
            runbook   "layout"{
            title="T"
               version =   "1"
            param a:int=1
                param b : string[] = [ "x" ,"y" ]
            connection crm:salesforce{username=env( "U" )
            password   =   secret("P")}
            require param.a>0   because "why"
            step s:manual "Title"{instructions="Do it"   when=not param.a==2}
            plan{approvals=1
            expect   steps.s.done==true}
            }
            """;

        Assert.Equal("""
            runbook "layout" {
                title   = "T"
                version = "1"

                param a: int = 1
                param b: string[] = ["x", "y"]

                connection crm: salesforce {
                    username = env("U")
                    password = secret("P")
                }

                require param.a > 0 because "why"

                step s: manual "Title" {
                    instructions = "Do it"
                    when         = not param.a == 2
                }

                plan {
                    approvals = 1
                    expect steps.s.done == true
                }
            }

            """.ReplaceLineEndings("\n"), Format(messy));
    }

    [Fact]
    public void Comments_stay_where_they_were()
    {
        const string source = """
            # file
            runbook "c" { # brace
              # before title

              title = "t" # end of line
              # before closing
            }
            # after
            """;

        Assert.Equal("""
            # file
            runbook "c" { # brace
                # before title

                title = "t" # end of line
                # before closing
            }
            # after

            """.ReplaceLineEndings("\n"), Format(source));
    }

    [Fact]
    public void Multi_line_lists_stay_one_item_a_line_and_because_stays_on_its_line()
    {
        const string source = """
            runbook "m" {
            param objects: string[] = ["a",
            "b",]
            require param.objects != []
            because "reason"
            }
            """;

        Assert.Equal("""
            runbook "m" {
                param objects: string[] = [
                    "a",
                    "b",
                ]

                require param.objects != []
                    because "reason"
            }

            """.ReplaceLineEndings("\n"), Format(source));
    }

    [Fact]
    public void Text_blocks_are_kept_exactly()
    {
        const string block = "\"\"\"\n  odd\n      layout ${ param.x }\n   \"\"\"";
        var formatted = Format("runbook \"t\" {\n step s: manual {\n instructions = " + block + "\n }\n}\n");

        Assert.Contains(
            "instructions = \"\"\"\n  odd\n      layout ${param.x}\n   \"\"\"",
            formatted,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_at_the_end_of_a_line_never_swallows_the_code_after_it()
    {
        var formatted = Format("runbook \"c\" {\n    title = # why\n        \"t\"\n}\n");

        Assert.Equal(Tokens("runbook \"c\" {\n    title = # why\n        \"t\"\n}\n"), Tokens(formatted));
        Assert.Equal(formatted, Format(formatted));
    }

    [Fact]
    public void A_file_with_syntax_errors_is_not_formatted()
        => Assert.Null(Formatter.Format(SyntaxTree.Parse("runbook \"x\" { title = }")));

    [Fact]
    public void Example_runbooks_and_valid_corpus_files_are_formatted_and_stay_so()
    {
        foreach (var path in RepositoryPaths.ExampleRunbooks())
        {
            var text = File.ReadAllText(path);
            Assert.Equal(text, Format(text));
        }

        foreach (var path in RepositoryPaths.CorpusFiles("valid"))
        {
            var formatted = Format(File.ReadAllText(path));
            Assert.Equal(formatted, Format(formatted));
        }
    }

    [Fact]
    public void Formatting_is_idempotent_and_keeps_every_token()
        => RunbookGenerators.ValidScrambled.Sample(text =>
        {
            var formatted = Format(text);

            Assert.Equal(Tokens(text), Tokens(formatted));
            Assert.Equal(formatted, Format(formatted));
        }, iter: 1_000);

    private static List<(SyntaxKind, string)> Tokens(string text)
        => [.. SyntaxTree.Parse(text).Root.DescendantTokens().Select(token => (token.Kind, token.Text))];
}
