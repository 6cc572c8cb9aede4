using CsCheck;
using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.Syntax;

/// <summary>
/// Line starts are found with a vectorised search and counted before they are stored; these hold that to the
/// rule written out plainly: a line starts after "\n", after "\r\n" as one break, and after a lone "\r".
/// </summary>
public sealed class SourceTextLineTests
{
    [Theory]
    [InlineData("", new[] { 0 })]
    [InlineData("a", new[] { 0 })]
    [InlineData("a\nb", new[] { 0, 2 })]
    [InlineData("a\r\nb", new[] { 0, 3 })]
    [InlineData("a\rb", new[] { 0, 2 })]
    [InlineData("\n\r\n\r", new[] { 0, 1, 3, 4 })]
    [InlineData("a\n", new[] { 0, 2 })]
    [InlineData("\r\r\n\n", new[] { 0, 1, 3, 4 })]
    public void Lines_start_after_each_kind_of_line_break(string text, int[] expected)
        => Assert.Equal(expected, LineStarts(SourceText.From(text)));

    [Fact]
    public void Line_starts_follow_the_plain_rule_for_any_mix_of_breaks()
        => Gen.String[Gen.Char["ab\r\n"], 0, 40].Sample(text =>
            Assert.Equal(PlainLineStarts(text), LineStarts(SourceText.From(text))), iter: 5_000);

    [Fact]
    public void A_column_found_by_looking_back_is_the_column_of_the_line_table()
        => Gen.String[Gen.Char["ab\r\n"], 0, 40].Sample(text =>
        {
            var source = SourceText.From(text);
            for (var position = 0; position <= text.Length; position++)
            {
                Assert.Equal(source.GetLinePosition(position).Character, SourceText.From(text).GetColumn(position));
            }
        }, iter: 5_000);

    [Theory]
    [InlineData("ab\r\ncd", 3, 3)]
    [InlineData("ab\r\ncd", 4, 0)]
    [InlineData("ab\rcd", 3, 0)]
    [InlineData("\r\n", 1, 1)]
    [InlineData("abc", 99, 3)]
    public void Columns_count_from_the_last_line_break_and_a_crlf_is_one_break(string text, int position, int column)
        => Assert.Equal(column, SourceText.From(text).GetColumn(position));

    private static List<int> LineStarts(SourceText text)
        => [.. Enumerable.Range(0, text.LineCount)
            .Select(line => text.GetLineSpan(line, includeLineBreak: true).Start)];

    private static List<int> PlainLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
