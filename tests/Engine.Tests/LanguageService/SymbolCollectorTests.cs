using Runbook.Engine.LanguageService;

namespace Runbook.Engine.Tests.LanguageService;

public sealed class SymbolCollectorTests
{
    [Fact]
    public void The_outline_lists_params_connections_requires_steps_and_the_plan_in_order()
    {
        var cursor = SampleRunbook.At("runbook");

        var symbols = SymbolCollector.Collect(cursor.Compilation);

        Assert.Equal(
            [
                "Param sandbox (string)",
                "Param max_deleted (int)",
                "Connection crm (crm)",
                "Requirement require org_type(crm) == \"sandbox\" (\"Only sandboxes.\")",
                "Step clear (crm.delete)",
                "Step announce (manual)",
                "Plan plan ()",
            ],
            symbols.Select(symbol => $"{symbol.Kind} {symbol.Name} ({symbol.Detail})"));
    }

    [Fact]
    public void Ranges_cover_the_declaration_and_select_its_name()
    {
        var cursor = SampleRunbook.At("runbook");

        var symbols = SymbolCollector.Collect(cursor.Compilation);

        var maxDeleted = symbols[1];
        Assert.Equal("param max_deleted: int = 250_000", cursor.Slice(maxDeleted.Span));
        Assert.Equal("max_deleted", cursor.Slice(maxDeleted.SelectionSpan));
        var require = symbols[3];
        Assert.StartsWith("require org_type(crm)", cursor.Slice(require.Span));
        Assert.EndsWith("because \"Only sandboxes.\"", cursor.Slice(require.Span));
        Assert.Equal("require", cursor.Slice(require.SelectionSpan));
        Assert.All(symbols, symbol => Assert.True(
            symbol.SelectionSpan.Start >= symbol.Span.Start && symbol.SelectionSpan.End <= symbol.Span.End));
    }

    [Fact]
    public void Blocks_hold_their_properties_and_the_plan_its_expectations()
    {
        var cursor = SampleRunbook.At("runbook");

        var symbols = SymbolCollector.Collect(cursor.Compilation);

        Assert.Equal(["org = crm", "objects = [\"A\", \"B\"]"],
            symbols[4].Children.Select(child => $"{child.Name} = {child.Detail}"));
        var plan = symbols[6].Children;
        Assert.Equal([OutlineSymbolKind.Property, OutlineSymbolKind.Expectation], plan.Select(child => child.Kind));
        Assert.Equal("expect steps.clear.deleted <= param.max_deleted", plan[1].Name);
    }

    [Fact]
    public void Declarations_still_being_written_are_listed_and_nameless_ones_left_out()
    {
        var cursor = Cursor.Parse("""
            runbook "r" {
                param a: int = 1|
                step : manual {
                }
                step b: manual {
            }
            """);

        var symbols = SymbolCollector.Collect(cursor.Compilation);

        Assert.NotEmpty(cursor.Compilation.Diagnostics);
        Assert.Equal(["a", "b"], symbols.Select(symbol => symbol.Name));
    }
}
