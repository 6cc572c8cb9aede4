using Runbook.Engine.LanguageService;

namespace Runbook.Engine.Tests.LanguageService;

public sealed class HoverProviderTests
{
    private static HoverInfo Hover(Cursor cursor)
        => HoverProvider.GetHover(cursor.Compilation, TestCatalog.Instance, cursor.Position)
            ?? throw new Xunit.Sdk.XunitException("Expected a hover.");

    [Fact]
    public void The_sample_binds_without_diagnostics()
    {
        var cursor = SampleRunbook.At("runbook");

        Assert.Empty(cursor.Compilation.Diagnostics);
    }

    [Fact]
    public void Step_kind_shows_its_doc_attributes_and_outputs()
    {
        var cursor = SampleRunbook.At("crm.delete", offset: 5);

        var hover = Hover(cursor);

        Assert.Equal("delete", cursor.Slice(hover.Span));
        Assert.StartsWith(
            "```runbook\nstep kind crm.delete\n```\nDeletes every record of some objects.", hover.Markdown);
        Assert.Contains("- `org`: crm connection (required) — The org to delete from.", hover.Markdown);
        Assert.Contains("- `hard`: bool (default false) — Skip the recycle bin.", hover.Markdown);
        Assert.Contains("Every step also accepts `when`, `timeout`, `retries`, `on_failure`.", hover.Markdown);
        Assert.Contains("- `deleted`: int — How many records were deleted.", hover.Markdown);
    }

    [Fact]
    public void Connection_kind_shows_its_doc_and_attributes()
    {
        var cursor = SampleRunbook.At("crm {", offset: 1);

        var hover = Hover(cursor);

        Assert.StartsWith("```runbook\nconnection kind crm\n```\nA CRM org, reached over HTTPS.", hover.Markdown);
        Assert.Contains(
            "- `password`: string (required, accepts secret(...)) — The API user's password.", hover.Markdown);
        Assert.Contains("- `page_size`: int (default 200) — Records per page.", hover.Markdown);
    }

    [Fact]
    public void Attribute_of_a_step_kind_shows_type_required_and_doc()
    {
        var hover = Hover(SampleRunbook.At("objects ="));

        Assert.Equal(
            "```runbook\nobjects: string[]\n```\n"
            + "Attribute of step kind crm.delete · required\n\nThe objects to empty.",
            hover.Markdown);
    }

    [Fact]
    public void Attribute_of_a_connection_says_it_accepts_a_secret()
    {
        var hover = Hover(SampleRunbook.At("password ="));

        Assert.Contains("Attribute of connection kind crm · required · accepts secret(...)", hover.Markdown);
    }

    [Fact]
    public void Attributes_every_step_accepts_and_the_plan_blocks_show_their_defaults()
    {
        var step = Cursor.Parse("""
            runbook "r" {
                step s: manual {
                    instructions = "x"
                    ret|ries = 2
                }
            }
            """);
        var plan = SampleRunbook.At("approvals");

        Assert.Contains("Attribute of every step · default 3", Hover(step).Markdown);
        Assert.Contains("Attribute of the plan block · default 1", Hover(plan).Markdown);
    }

    [Fact]
    public void Function_shows_its_signature_parameters_and_doc()
    {
        var org = Hover(SampleRunbook.At("org_type"));
        var secret = Hover(SampleRunbook.At("secret("));

        Assert.Equal("```runbook\norg_type(c: connection) -> string\n```\n\"sandbox\" or \"production\".\n\n"
            + "- `c`: connection — The connection.", org.Markdown);
        Assert.Contains("Returns a secret", secret.Markdown);
    }

    [Fact]
    public void Param_shows_its_declaration_where_it_is_read()
    {
        var cursor = SampleRunbook.At("max_deleted", occurrence: 1);

        var hover = Hover(cursor);

        Assert.Equal("max_deleted", cursor.Slice(hover.Span));
        Assert.Equal("```runbook\nparam max_deleted: int = 250_000\n```\nRead as `param.max_deleted`.", hover.Markdown);
    }

    [Fact]
    public void Connection_shows_its_kind_and_the_kinds_doc()
    {
        var hover = Hover(SampleRunbook.At("crm\n", occurrence: 0));

        Assert.Equal("```runbook\nconnection crm: crm\n```\nA CRM org, reached over HTTPS.", hover.Markdown);
    }

    [Fact]
    public void Step_shows_its_kind_title_and_outputs()
    {
        var hover = Hover(SampleRunbook.At("clear", occurrence: 1));

        Assert.StartsWith(
            "```runbook\nstep clear: crm.delete\n```\n**Delete records**\n\nDeletes every record", hover.Markdown);
        Assert.Contains("- `batches`: int — How many batches it took.", hover.Markdown);
    }

    [Fact]
    public void Step_output_shows_its_type_and_doc()
    {
        var cursor = SampleRunbook.At("deleted <=");

        var hover = Hover(cursor);

        Assert.Equal("deleted", cursor.Slice(hover.Span));
        Assert.StartsWith("```runbook\nsteps.clear.deleted: int\n```\nHow many records were deleted.", hover.Markdown);
    }

    [Fact]
    public void A_cursor_just_after_a_name_is_about_that_name()
    {
        var hover = Hover(SampleRunbook.At("sandbox}", offset: "sandbox".Length));

        Assert.Contains("param sandbox: string = \"uat\"", hover.Markdown);
    }

    [Theory]
    [InlineData("runbook")]
    [InlineData("\"Demo\"")]
    [InlineData("# a ceiling")]
    [InlineData("250_000")]
    public void Keywords_literals_and_comments_have_no_hover(string word)
    {
        var cursor = SampleRunbook.At(word, offset: 1);

        Assert.Null(HoverProvider.GetHover(cursor.Compilation, TestCatalog.Instance, cursor.Position));
    }

    [Fact]
    public void Unknown_names_have_no_hover()
    {
        var cursor = Cursor.Parse("""
            runbook "r" {
                step s: nowhere.to_be_found {
                    x = param.mis|sing
                }
            }
            """);

        Assert.Null(HoverProvider.GetHover(cursor.Compilation, TestCatalog.Instance, cursor.Position));
    }
}
