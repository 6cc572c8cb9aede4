using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding;

/// <summary>
/// Computes the literal texts of a string or text block: quotes and interpolation delimiters removed, escapes
/// decoded, and for a text block the blank first and last lines dropped and the common indentation removed.
/// </summary>
internal static class StringValueDecoder
{
    public static ImmutableArray<string> Decode(StringExpressionSyntax syntax)
    {
        var segments = syntax.Segments;
        if (syntax.IsTextBlock)
        {
            var raw = new List<string>(segments.Length);
            foreach (var segment in segments)
            {
                raw.Add(RawContent(segment));
            }

            raw = Dedent(raw);
            var unescaped = new string[raw.Count];
            for (var i = 0; i < unescaped.Length; i++)
            {
                unescaped[i] = Unescape(raw[i]);
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(unescaped);
        }

        // Every string of a file comes through here, so the common case makes nothing but its texts.
        var texts = new string[segments.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = Unescape(RawContent(segments[i]));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(texts);
    }

    // The characters between the delimiters of one segment, escapes still in place.
    private static string RawContent(SyntaxToken segment)
    {
        var text = segment.Text;
        if (segment.IsMissing)
        {
            return string.Empty;
        }

        var quote = segment.Kind is SyntaxKind.TextBlockLiteralToken or SyntaxKind.TextBlockStartToken
            or SyntaxKind.TextBlockMiddleToken or SyntaxKind.TextBlockEndToken ? "\"\"\"" : "\"";
        var start = segment.Kind is SyntaxKind.StringLiteralToken or SyntaxKind.StringStartToken
            or SyntaxKind.TextBlockLiteralToken or SyntaxKind.TextBlockStartToken ? quote.Length : 1;

        var end = text.Length;
        if (segment.Kind is SyntaxKind.StringStartToken or SyntaxKind.StringMiddleToken
            or SyntaxKind.TextBlockStartToken or SyntaxKind.TextBlockMiddleToken)
        {
            end -= 2;
        }
        else if (text.Length - start >= quote.Length && text.EndsWith(quote, StringComparison.Ordinal))
        {
            end -= quote.Length;
        }

        // Short contents (names of objects, orgs, companies) repeat across a file; share one string for each.
        return end > start ? TextTable.Current.Get(text, start, end - start) : string.Empty;
    }

    /// <summary>
    /// Removes a text block's layout. The segments are joined with a marker where each interpolation stands,
    /// so that lines and indentation are measured across interpolations, then split apart again.
    /// </summary>
    private static List<string> Dedent(List<string> segments)
    {
        var marker = ChooseMarker(segments);
        var lines = new List<string>(string.Join(marker, segments).ReplaceLineEndings("\n").Split('\n'));
        if (lines.Count == 1)
        {
            return segments;
        }

        if (lines.Count > 1 && string.IsNullOrWhiteSpace(lines[0]))
        {
            lines.RemoveAt(0);
        }

        if (lines.Count > 1 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var indentation = CommonIndentation(lines);

        var dedented = new string[lines.Count];
        for (var i = 0; i < dedented.Length; i++)
        {
            var line = lines[i];
            dedented[i] = line.Length >= indentation ? line[indentation..] : line.TrimStart(' ', '\t');
        }

        return [.. string.Join('\n', dedented).Split(marker)];
    }

    // The fewest blanks and tabs any non-blank line starts with; 0 when every line is blank.
    private static int CommonIndentation(List<string> lines)
    {
        int? fewest = null;
        foreach (var line in lines)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                var indentation = line.Length - line.AsSpan().TrimStart(" \t").Length;
                fewest = fewest is { } known ? Math.Min(known, indentation) : indentation;
            }
        }

        return fewest ?? 0;
    }

    private static string ChooseMarker(List<string> segments)
    {
        for (var c = '\uE000'; c < '\uF8FF'; c++)
        {
            if (!AnyContains(segments, c))
            {
                return c.ToString();
            }
        }

        return "\uFFFF\uFFFE";
    }

    // Invalid escapes were reported by the lexer; here they are kept as written.
    private static string Unescape(string raw)
    {
        if (!raw.Contains('\\', StringComparison.Ordinal))
        {
            return raw;
        }

        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\' || i + 1 >= raw.Length)
            {
                builder.Append(raw[i]);
                continue;
            }

            var decoded = raw[i + 1] switch
            {
                '"' => '"',
                '\\' => '\\',
                'n' => '\n',
                't' => '\t',
                '$' => '$',
                _ => (char?)null,
            };

            if (decoded is { } c)
            {
                builder.Append(c);
                i++;
            }
            else
            {
                builder.Append(raw[i]);
            }
        }

        return builder.ToString();
    }

    private static bool AnyContains(List<string> segments, char c)
    {
        foreach (var segment in segments)
        {
            if (segment.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
