using System.Text;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Formatting;

/// <summary>
/// Writes tokens with the whitespace the formatter asks for, and carries comments along. Every token is
/// written exactly once and in order, so formatting can change layout but never meaning. A comment at the end
/// of a line stays at the end of that line; a comment on a line of its own stays on a line of its own before
/// the token it preceded, and blank lines around comments are kept (at most one in a row).
/// </summary>
internal sealed class LayoutWriter
{
    private const int IndentSize = 4;

    private readonly StringBuilder _output = new();
    private SyntaxToken? _previous;
    private SyntaxToken? _commentsWritten;
    private string? _pendingComment;
    private int _pendingNewlines;
    private bool _pendingSpace;
    private int _pendingPadding;

    /// <summary>The indentation level of the lines that follow.</summary>
    public int Indent { get; set; }

    /// <summary>Asks for a line break before the next token, and a blank line when <paramref name="blank"/>.</summary>
    public void NewLine(bool blank = false) => _pendingNewlines = Math.Max(_pendingNewlines, blank ? 2 : 1);

    /// <summary>Asks for one space before the next token, unless it starts a line.</summary>
    public void Space() => _pendingSpace = true;

    /// <summary>Asks for extra spaces before the next token, to align it with its neighbours.</summary>
    public void Pad(int spaces) => _pendingPadding = Math.Max(0, spaces);

    /// <summary>True when the file had a blank line between the previous token and <paramref name="token"/>.</summary>
    public bool HadBlankLineBefore(SyntaxToken token)
    {
        var lineBreaks = _previous is not null && EndsWithLineBreak(_previous) ? 1 : 0;
        foreach (var trivia in token.LeadingTrivia)
        {
            if (trivia.Kind == SyntaxKind.CommentTrivia)
            {
                break;
            }

            lineBreaks += trivia.Kind == SyntaxKind.EndOfLineTrivia ? 1 : 0;
        }

        return lineBreaks >= 2;
    }

    /// <summary>True when the file had a line break between the previous token and <paramref name="token"/>.</summary>
    public bool HadLineBreakBefore(SyntaxToken token)
        => _previous is not null && EndsWithLineBreak(_previous)
            || token.LeadingTrivia.Any(trivia => trivia.Kind == SyntaxKind.EndOfLineTrivia);

    /// <summary>
    /// Writes the comments before <paramref name="token"/> now, at the current indentation: a comment before a
    /// closing brace belongs to the block's contents, not to the brace's line.
    /// </summary>
    public void LeadingComments(SyntaxToken token)
    {
        WriteLeadingComments(token);
        _commentsWritten = token;
    }

    public void Token(SyntaxToken token)
    {
        if (!ReferenceEquals(_commentsWritten, token))
        {
            WriteLeadingComments(token);
        }

        if (token.Text.Length > 0)
        {
            WriteSeparation();
            _output.Append(token.Text);
        }

        _pendingComment = token.TrailingTrivia.FirstOrDefault(trivia => trivia.Kind == SyntaxKind.CommentTrivia)?.Text
            ?? _pendingComment;
        _previous = token;
    }

    /// <summary>The formatted text: one final line break, no trailing whitespace.</summary>
    public string Finish()
    {
        _pendingNewlines = Math.Max(_pendingNewlines, 1);
        FlushLineBreaks();
        var text = _output.ToString().TrimEnd('\n', ' ');
        return text.Length == 0 ? string.Empty : text + "\n";
    }

    private void WriteLeadingComments(SyntaxToken token)
    {
        var lineBreaks = _previous is not null && EndsWithLineBreak(_previous) ? 1 : 0;
        foreach (var trivia in token.LeadingTrivia)
        {
            switch (trivia.Kind)
            {
                case SyntaxKind.EndOfLineTrivia:
                    lineBreaks++;
                    break;
                case SyntaxKind.CommentTrivia:
                    if (_output.Length > 0 || _pendingComment is not null)
                    {
                        NewLine(blank: lineBreaks >= 2);
                    }

                    WriteSeparation();
                    _output.Append(trivia.Text.TrimEnd());
                    NewLine();
                    lineBreaks = 0;
                    break;
            }
        }

        // Keep a blank line that separated the last comment from the token.
        if (lineBreaks >= 2 && token.LeadingTrivia.Any(trivia => trivia.Kind == SyntaxKind.CommentTrivia))
        {
            NewLine(blank: true);
        }
    }

    private void WriteSeparation()
    {
        // A comment at the end of the previous line must end that line; if the layout wanted the next token on
        // the same line, it goes on a continuation line instead, so the comment never swallows code.
        if (_pendingComment is not null && _pendingNewlines == 0)
        {
            _pendingNewlines = 1;
            FlushLineBreaks(extraIndent: 1);
            return;
        }

        if (_pendingNewlines > 0)
        {
            FlushLineBreaks();
            return;
        }

        if (_output.Length > 0 && _output[^1] != '\n')
        {
            if (_pendingSpace)
            {
                _output.Append(' ');
            }

            _output.Append(' ', _pendingPadding);
        }

        _pendingSpace = false;
        _pendingPadding = 0;
    }

    private void FlushLineBreaks(int extraIndent = 0)
    {
        if (_pendingComment is not null)
        {
            _output.Append(' ').Append(_pendingComment.TrimEnd());
            _pendingComment = null;
        }

        if (_output.Length > 0)
        {
            TrimTrailingSpaces();
            _output.Append('\n', _pendingNewlines);
            _output.Append(' ', (Indent + extraIndent) * IndentSize);
        }

        _pendingNewlines = 0;
        _pendingSpace = false;
        _pendingPadding = 0;
    }

    private void TrimTrailingSpaces()
    {
        var end = _output.Length;
        while (end > 0 && _output[end - 1] == ' ')
        {
            end--;
        }

        _output.Length = end;
    }

    private static bool EndsWithLineBreak(SyntaxToken token)
        => !token.TrailingTrivia.IsEmpty && token.TrailingTrivia[^1].Kind == SyntaxKind.EndOfLineTrivia;
}
