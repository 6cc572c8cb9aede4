namespace Runbook.Engine.Text;

/// <summary>
/// The exact text of a runbook file with its line starts, so that offsets can be turned into
/// lines and columns without rescanning.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    private SourceText(string text, string path)
    {
        Text = text;
        Path = path;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The whole text, exactly as read.</summary>
    public string Text { get; }

    /// <summary>The path the text came from, or a made-up name for text that came from elsewhere.</summary>
    public string Path { get; }

    /// <summary>The number of lines; a text that ends with a newline has an empty last line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Wraps a string. <paramref name="path"/> names it in diagnostics.</summary>
    public static SourceText From(string text, string path = "<memory>") => new(text, path);

    /// <summary>The zero-based line and column of an offset.</summary>
    public LinePosition GetLinePosition(int position)
    {
        position = Math.Clamp(position, 0, Text.Length);
        var line = GetLineIndex(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    /// <summary>The offset of a zero-based line and column, clamped to the text.</summary>
    public int GetPosition(LinePosition linePosition)
    {
        var line = Math.Clamp(linePosition.Line, 0, _lineStarts.Length - 1);
        var lineEnd = GetLineEnd(line, includeLineBreak: false);
        return Math.Min(_lineStarts[line] + Math.Max(0, linePosition.Character), lineEnd);
    }

    /// <summary>The text of a zero-based line without its line break.</summary>
    public string GetLineText(int line)
    {
        var start = _lineStarts[line];
        return Text[start..GetLineEnd(line, includeLineBreak: false)];
    }

    /// <summary>The span of a zero-based line, with or without its line break.</summary>
    public TextSpan GetLineSpan(int line, bool includeLineBreak)
        => TextSpan.FromBounds(_lineStarts[line], GetLineEnd(line, includeLineBreak));

    private int GetLineIndex(int position)
    {
        // The last line that starts at or before the position; line 0 starts at 0, so there always is one.
        var low = 0;
        var high = _lineStarts.Length - 1;
        while (low < high)
        {
            var middle = low + (high - low + 1) / 2;
            if (_lineStarts[middle] <= position)
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
        var nextStart = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        if (includeLineBreak || nextStart == _lineStarts[line])
        {
            return nextStart;
        }

        var end = nextStart;
        if (end > _lineStarts[line] && line + 1 < _lineStarts.Length && Text[end - 1] == '\n')
        {
            end--;
        }

        if (end > _lineStarts[line] && line + 1 < _lineStarts.Length && Text[end - 1] == '\r')
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
