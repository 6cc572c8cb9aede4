using Runbook.Engine.LanguageService;

namespace Runbook.Engine.Tests.LanguageService;

public sealed class CompletionProviderTests
{
    private static CompletionResult Complete(Cursor cursor)
        => CompletionProvider.GetCompletions(cursor.Compilation, TestCatalog.Instance, cursor.Position);

    private static string[] Labels(CompletionResult result) => [.. result.Items.Select(item => item.Label)];

    [Fact]
    public void Step_kinds_follow_step_name_colon()
    {
        var cursor = Cursor.Parse("""
            runbook "r" {
                step s: |
            }
            """);

        var result = Complete(cursor);

        Assert.Equal(["crm.delete", "crm.refresh", "manual"], Labels(result));
        Assert.All(result.Items, item => Assert.Equal(CompletionSuggestionKind.StepKind, item.Kind));
        Assert.Contains("Deletes every record", result.Items[0].Documentation);
        Assert.Equal(0, result.ReplaceSpan.Length);
    }

    [Fact]
    public void A_dotted_kind_typed_so_far_is_replaced_whole()
    {
        var cursor = Cursor.Parse("""
            runbook "r" {
                step s: crm.del| {
                }
            }
            """);

        var result = Complete(cursor);

        Assert.Contains("crm.delete", Labels(result));
        Assert.Equal("crm.del", cursor.Slice(result.ReplaceSpan));
    }

    [Fact]
    public void Connection_kinds_follow_connection_name_colon()
    {
        var cursor = Cursor.Parse("""
            runbook "r" {
                connection c: c|
            }
            """);

        var result = Complete(cursor);

        Assert.Equal(["crm"], Labels(result));
        Assert.Equal(CompletionSuggestionKind.ConnectionKind, result.Items[0].Kind);
        Assert.Equal("c", cursor.Slice(result.ReplaceSpan));
    }

    [Fact]
    public void Param_types_follow_param_name_colon()
    {
        var cursor = Cursor.Parse("""
            runbook "r" {
                param p: |
            }
            """);

        Assert.Equal(["string", "int", "bool", "duration"], Labels(Complete(cursor)));
    }

    [Fact]
    public void Attributes_of_the_step_kind_not_yet_set_come_required_first()
    {
        var cursor = Cursor.Parse("""
            runbook "r" {
                connection crm: crm {
                    url = "u"
                    password = "p"
                }

                step s: crm.delete {
                    hard = true
                    |
                }
            }
            """);

        var result = Complete(cursor);

        Assert.Equal(["org", "objects", "when", "timeout", "retries", "on_failure"], Labels(result));
        var org = result.Items[0];
        Assert.Equal(CompletionSuggestionKind.Attribute, org.Kind);
        Assert.Equal("crm connection (required)", org.Detail);
        Assert.Equal("org = ", org.InsertText);
    }

    [Fact]
    public void The_attribute_being_typed_is_still_offered()
    {
        var cursor = Cursor.Parse("""
            runbook "r" {
                connection crm: crm {
                    url = "u"
                    pass|
                }
            }
            """);

        var result = Complete(cursor);

        Assert.Equal(["password", "page_size"], Labels(result));
        Assert.Equal("pass", cursor.Slice(result.ReplaceSpan));
    }

    [Fact]
    public void The_plan_block_offers_its_properties_and_expect()
    {
        var cursor = Cursor.Parse("""
            runbook "r" {
                plan {
                    approvals = 2
                    |
                }
            }
            """);

        Assert.Equal(["max_age", "drift", "expect"], Labels(Complete(cursor)));
    }

    [Fact]
    public void The_runbook_body_offers_its_properties_and_declarations()
    {
        var cursor = Cursor.Parse("""
            runbook "r" {
                title = "T"
                |
            }
            """);

        Assert.Equal(["version", "description", "owner", "param", "connection", "require", "step", "plan"],
            Labels(Complete(cursor)));
    }

    [Fact]
    public void Params_follow_param_dot()
    {
        var cursor = SampleRunbook.At("sandbox}", offset: 3);

        var result = Complete(cursor);

        Assert.Equal(["sandbox", "max_deleted"], Labels(result));
        Assert.Equal("string", result.Items[0].Detail);
        Assert.Equal("sandbox", cursor.Slice(result.ReplaceSpan));
    }

    [Fact]
    public void Steps_follow_steps_dot_as_far_as_they_are_visible()
    {
        var inStep = SampleRunbook.At("clear.deleted}");
        var inPlan = SampleRunbook.At("clear.deleted <=");

        Assert.Equal(["clear"], Labels(Complete(inStep)));
        Assert.Equal(["clear", "announce"], Labels(Complete(inPlan)));
    }

    [Fact]
    public void Outputs_follow_steps_name_dot()
    {
        var cursor = Cursor.Parse(SampleRunbook.Text.Replace("steps.clear.deleted <=", "steps.clear.| <="));

        var result = Complete(cursor);

        Assert.Equal(["deleted", "batches"], Labels(result));
        Assert.Equal("int", result.Items[0].Detail);
    }

    [Fact]
    public void Values_offer_connections_functions_and_expression_keywords()
    {
        var cursor = Cursor.Parse(SampleRunbook.Text.Replace("org     = crm", "org     = |"));

        var result = Complete(cursor);

        Assert.Equal(
            ["crm", "param", "org_type", "record_count", "secret", "true", "false", "not"],
            Labels(result));
        Assert.Equal("crm connection", result.Items[0].Detail);
        Assert.Equal("record_count(c: crm connection, object: string, [where: string]) -> int", result.Items[3].Detail);
    }

    [Fact]
    public void Values_in_the_plan_block_offer_steps()
    {
        var cursor = Cursor.Parse(SampleRunbook.Text.Replace("approvals = 1", "approvals = |"));

        Assert.Contains("steps", Labels(Complete(cursor)));
    }

    [Fact]
    public void Interpolations_take_values()
    {
        var cursor = Cursor.Parse("""
            runbook "r" {
                connection crm: crm {
                    url = "${|}"
                }
            }
            """);

        Assert.Contains("org_type", Labels(Complete(cursor)));
    }

    [Theory]
    [InlineData("# a ce|iling")]
    [InlineData("\"Del|ete records\"")]
    [InlineData("250|_000")]
    public void Nothing_is_offered_in_comments_strings_and_numbers(string marked)
    {
        var cursor = Cursor.Parse(SampleRunbook.Text.Replace(marked.Replace("|", ""), marked));

        Assert.Empty(Complete(cursor).Items);
    }
}
