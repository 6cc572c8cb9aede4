using Runbook.Engine.LanguageService;
using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.LanguageService;

public sealed class DefinitionFinderTests
{
    [Theory]
    [InlineData("max_deleted", 1, "max_deleted", 0)]
    [InlineData("sandbox}", 0, "sandbox", 0)]
    [InlineData("crm)", 0, "crm:", 0)]
    [InlineData("crm\n", 0, "crm:", 0)]
    [InlineData("clear.deleted}", 0, "clear:", 0)]
    [InlineData("clear.deleted <=", 0, "clear:", 0)]
    public void A_reference_leads_to_the_declared_name(
        string reference,
        int occurrence,
        string declaration,
        int declared)
    {
        var cursor = SampleRunbook.At(reference, occurrence);

        var definition = DefinitionFinder.FindDefinition(cursor.Compilation, cursor.Position);

        var expected = cursor.Find(declaration, declared);
        Assert.Equal(expected.Start, definition?.Start);
        Assert.Equal(cursor.Slice(definition!.Value), declaration.TrimEnd(':'));
    }

    [Fact]
    public void An_output_leads_to_the_step_that_produces_it()
    {
        var cursor = SampleRunbook.At("deleted <=");

        var definition = DefinitionFinder.FindDefinition(cursor.Compilation, cursor.Position);

        Assert.Equal(cursor.Find("clear:").Start, definition?.Start);
    }

    [Fact]
    public void A_declaration_leads_to_itself()
    {
        var cursor = SampleRunbook.At("announce");

        Assert.Equal(cursor.Find("announce"), DefinitionFinder.FindDefinition(cursor.Compilation, cursor.Position));
    }

    [Theory]
    [InlineData("org_type")]
    [InlineData("crm.delete")]
    [InlineData("objects")]
    [InlineData("runbook")]
    public void Names_from_plugins_and_keywords_have_no_definition_in_the_file(string word)
    {
        var cursor = SampleRunbook.At(word, offset: 1);

        Assert.Null(DefinitionFinder.FindDefinition(cursor.Compilation, cursor.Position));
    }

    [Fact]
    public void References_of_a_connection_are_its_bare_uses()
    {
        var cursor = SampleRunbook.At("crm:");

        var withDeclaration = References(cursor, includeDeclaration: true);
        var withoutDeclaration = References(cursor, includeDeclaration: false);

        TextSpan[] uses = [cursor.Find("crm:"), cursor.Find("crm)"), cursor.Find("crm\n")];
        Assert.Equal(uses.Select(span => span with { Length = 3 }), withDeclaration);
        Assert.Equal(withDeclaration.Skip(1), withoutDeclaration);
    }

    [Fact]
    public void References_of_a_param_are_its_reads()
    {
        var cursor = SampleRunbook.At("max_deleted");

        var references = References(cursor, includeDeclaration: true);

        Assert.Equal([cursor.Find("max_deleted"), cursor.Find("max_deleted", 1)], references);
    }

    [Fact]
    public void References_of_a_step_are_its_outputs_read_anywhere()
    {
        var cursor = SampleRunbook.At("clear.deleted <=");

        var references = References(cursor, includeDeclaration: true);

        Assert.Equal([cursor.Find("clear"), cursor.Find("clear", 1), cursor.Find("clear", 2)], references);
    }

    [Fact]
    public void References_of_an_output_are_the_reads_of_that_output()
    {
        var cursor = SampleRunbook.At("deleted}");

        var references = References(cursor, includeDeclaration: true);

        Assert.Equal([cursor.Find("deleted}") with { Length = 7 }, cursor.Find("deleted <=") with { Length = 7 }],
            references);
    }

    [Fact]
    public void References_work_in_a_runbook_that_does_not_bind()
    {
        var cursor = Cursor.Parse("""
            runbook "r" {
                param count: int = 1
                step s: manual {
                    instructions = param.count
                    when = param.co|unt > "x"
                }
            }
            """);

        var references = References(cursor, includeDeclaration: false);

        Assert.NotEmpty(cursor.Compilation.Diagnostics);
        Assert.Equal([cursor.Find("count", 1), cursor.Find("count", 2)], references);
    }

    private static TextSpan[] References(Cursor cursor, bool includeDeclaration)
        => [.. DefinitionFinder.FindReferences(cursor.Compilation, cursor.Position, includeDeclaration)];
}
