namespace Runbook.Engine.Text;

/// <summary>
/// The exact text of a runbook file with its line starts, so that offsets can be turned into
/// lines and columns without rescanning.
/// </summary>
/// <remarks>
/// The line starts are found when a line is first asked for. Checking a file without mistakes needs none:
/// the parser only asks for columns, which <see cref="GetColumn"/> finds from the text itself, and lines are
/// only needed to word a diagnostic or to answer an editor. For a large file the table is an array in the large
/// object heap, which only a full collection of the heap frees: made on every read of such a file, it brought
/// those collections on (docs/performance.md).
/// </remarks>
public sealed class SourceText
{
    private int[]? _lineStarts;

    private SourceText(string text, string path)
    {
        Text = text;
        Path = path;
    }

    /// <summary>The whole text, exactly as read.</summary>
    public string Text { get; }

    /// <summary>The path the text came from, or a made-up name for text that came from elsewhere.</summary>
    public string Path { get; }

    /// <summary>The number of lines; a text that ends with a newline has an empty last line.</summary>
    public int LineCount => LineStarts.Length;

    /// <summary>Wraps a string. <paramref name="path"/> names it in diagnostics.</summary>
    public static SourceText From(string text, string path = "<memory>") => new(text, path);

    // Two threads may both compute the table the first time; either array is the same, and a reference is
    // written whole.
    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    /// <summary>The zero-based line and column of an offset.</summary>
    public LinePosition GetLinePosition(int position)
    {
        position = Math.Clamp(position, 0, Text.Length);
        var line = GetLineIndex(position);
        return new LinePosition(line, position - LineStarts[line]);
    }

    /// <summary>
    /// The zero-based column of an offset, the same as <see cref="GetLinePosition"/> gives, found by looking
    /// back for the line break before it instead of in the table of line starts.
    /// </summary>
    /// <remarks>
    /// Looking back costs the length of the line so far. The parser asks only at block keywords, so for files
    /// written line by line this is nothing; a whole file on one line makes each call scan back to its start.
    /// If that ever matters, remembering the last break found for an earlier position would bound it.
    /// </remarks>
    public int GetColumn(int position)
    {
        position = Math.Clamp(position, 0, Text.Length);
        var before = Text.AsSpan(0, position);
        var lastBreak = before.LastIndexOfAny('\r', '\n');

        // A '\r' just before the offset, with '\n' at the offset, is the first half of one "\r\n" break,
        // which ends after the '\n': the offset is still on the line before it.
        if (lastBreak == position - 1 && lastBreak >= 0 && before[lastBreak] == '\r'
            && position < Text.Length && Text[position] == '\n')
        {
            lastBreak = before[..lastBreak].LastIndexOfAny('\r', '\n');
        }

        return position - (lastBreak + 1);
    }

    /// <summary>The offset of a zero-based line and column, clamped to the text.</summary>
    public int GetPosition(LinePosition linePosition)
    {
        var lineStarts = LineStarts;
        var line = Math.Clamp(linePosition.Line, 0, lineStarts.Length - 1);
        var lineEnd = GetLineEnd(line, includeLineBreak: false);
        return Math.Min(lineStarts[line] + Math.Max(0, linePosition.Character), lineEnd);
    }

    /// <summary>The text of a zero-based line without its line break.</summary>
    public string GetLineText(int line)
    {
        var start = LineStarts[line];
        return Text[start..GetLineEnd(line, includeLineBreak: false)];
    }

    /// <summary>The span of a zero-based line, with or without its line break.</summary>
    public TextSpan GetLineSpan(int line, bool includeLineBreak)
        => TextSpan.FromBounds(LineStarts[line], GetLineEnd(line, includeLineBreak));

    private int GetLineIndex(int position)
    {
        // The last line that starts at or before the position; line 0 starts at 0, so there always is one.
        var lineStarts = LineStarts;
        var low = 0;
        var high = lineStarts.Length - 1;
        while (low < high)
        {
            var middle = low + (high - low + 1) / 2;
            if (lineStarts[middle] <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private int GetLineEnd(int line, bool includeLineBreak)
    {
        var lineStarts = LineStarts;
        var nextStart = line + 1 < lineStarts.Length ? lineStarts[line + 1] : Text.Length;
        if (includeLineBreak || nextStart == lineStarts[line])
        {
            return nextStart;
        }

        var end = nextStart;
        if (end > lineStarts[line] && line + 1 < lineStarts.Length && Text[end - 1] == '\n')
        {
            end--;
        }

        if (end > lineStarts[line] && line + 1 < lineStarts.Length && Text[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }

    // A line starts after "\n", after "\r\n" as one break, and after a lone "\r". The breaks are counted
    // first (a vectorised search) so that the array is allocated once at its exact size: a file of many
    // thousand lines would otherwise regrow it through the large object heap.
    private static int[] ComputeLineStarts(string text)
    {
        var span = text.AsSpan();
        var lineFeeds = span.Count('\n');
        var breaks = span.Contains('\r') ? lineFeeds + span.Count('\r') - span.Count("\r\n") : lineFeeds;
        var starts = new int[breaks + 1];
        var line = 1;

        var position = span.IndexOfAny('\r', '\n');
        while (position >= 0)
        {
            if (span[position] == '\r' && position + 1 < span.Length && span[position + 1] == '\n')
            {
                position++;
            }

            starts[line++] = position + 1;
            var next = span[(position + 1)..].IndexOfAny('\r', '\n');
            position = next < 0 ? -1 : position + 1 + next;
        }

        return starts;
    }
}
