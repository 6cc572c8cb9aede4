using Runbook.Engine.Binding;
using Runbook.Engine.Binding.Bound;
using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.Binding;

public sealed class StringValueTests
{
    private static BoundString Title(string literal)
    {
        var compilation = RunbookCompilation.Create(SourceText.From($"runbook \"r\" {{\n    title = {literal}\n}}"));
        return (BoundString)compilation.Runbook.FindProperty("title")!.Value;
    }

    [Fact]
    public void Escapes_are_decoded()
        => Assert.Equal("q\" b\\ n\n t\t d$", Title("\"q\\\" b\\\\ n\\n t\\t d\\$\"").ConstantValue);

    [Fact]
    public void A_text_block_loses_its_first_and_last_blank_lines_and_common_indentation()
    {
        var value = Title("\"\"\"\n        first\n\n          indented\n        last\n        \"\"\"").ConstantValue;

        Assert.Equal("first\n\n  indented\nlast", value);
    }

    [Fact]
    public void Indentation_is_measured_across_interpolations()
    {
        var text = Title("\"\"\"\n        a ${\"x\"} b\n          c\n        \"\"\"");

        Assert.Equal(["a ", " b\n  c"], text.Texts.ToArray());
        Assert.Single(text.Interpolations);
    }

    [Fact]
    public void A_one_line_text_block_is_kept_as_written()
        => Assert.Equal("  spaced  ", Title("\"\"\"  spaced  \"\"\"").ConstantValue);

    [Fact]
    public void Windows_line_endings_become_newlines_in_values()
        => Assert.Equal("a\nb", Title("\"\"\"\r\n    a\r\n    b\r\n    \"\"\"").ConstantValue);
}
