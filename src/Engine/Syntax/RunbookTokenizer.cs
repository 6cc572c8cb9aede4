using Runbook.Engine.Diagnostics;
using Superpower;
using Superpower.Model;
using EngineTextSpan = Runbook.Engine.Text.TextSpan;
using SuperTextSpan = Superpower.Model.TextSpan;

namespace Runbook.Engine.Syntax;

/// <summary>
/// Splits a file into raw tokens, trivia included, with Superpower's tokenizer model. It never fails: a
/// character that starts nothing becomes a <see cref="SyntaxKind.BadToken"/> with a diagnostic, so every
/// character of the input ends up in exactly one token. Strings with interpolations are split into start,
/// middle and end parts around the expressions, which are tokenized as ordinary code; a stack of open
/// interpolations tells a closing brace of an interpolation from any other.
/// </summary>
/// <remarks>
/// The scanning itself works on plain offsets (<see cref="ScanToken"/>): the <see cref="Lexer"/> calls it
/// directly, because building Superpower's results costs a line-and-column update per character and a list
/// of every raw token, which made up most of the lexer's time. <see cref="Tokenize"/> wraps the same scanner
/// for anything that wants Superpower tokens.
/// </remarks>
internal sealed class RunbookTokenizer : Tokenizer<SyntaxKind>
{
    private readonly DiagnosticBag _diagnostics;
    private readonly List<InterpolationFrame> _openInterpolations = [];

    public RunbookTokenizer(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    protected override IEnumerable<Result<SyntaxKind>> Tokenize(SuperTextSpan span)
    {
        var text = span.Source!;
        var current = span;

        while (!current.IsAtEnd)
        {
            var (kind, length) = ScanToken(text, current.Position.Absolute);

            var remainder = current.Skip(length);
            yield return Result.Value(kind, current, remainder);
            current = remainder;
        }

        EndOfInput();
    }

    /// <summary>
    /// Scans the token that starts at <paramref name="start"/>, which must lie inside the text. Tokens must be
    /// scanned in order, each from where the previous one ended: the scanner keeps the open interpolations.
    /// </summary>
    public (SyntaxKind Kind, int Length) ScanToken(string text, int start)
    {
        var c = text[start];
        switch (c)
        {
            case ' ' or '\t':
                return (SyntaxKind.WhitespaceTrivia, CountWhitespace(text, start));
            case '\r' or '\n':
                CloseOneLineInterpolationsAtLineEnd(start);
                return (SyntaxKind.EndOfLineTrivia, c == '\r' && At(text, start + 1) == '\n' ? 2 : 1);
            case '#':
                return (SyntaxKind.CommentTrivia, CountToLineEnd(text, start));
            case '"':
                return text.AsSpan(start).StartsWith("\"\"\"")
                    ? ScanStringPart(text, start, start + 3, isTextBlock: true, continuesString: false, start)
                    : ScanStringPart(text, start, start + 1, isTextBlock: false, continuesString: false, start);
            case '{':
                AdjustInterpolationBraceDepth(+1);
                return (SyntaxKind.OpenBraceToken, 1);
            case '}' when _openInterpolations.Count > 0 && _openInterpolations[^1].BraceDepth == 0:
                var frame = _openInterpolations[^1];
                _openInterpolations.RemoveAt(_openInterpolations.Count - 1);
                return ScanStringPart(
                    text, start, start + 1, frame.IsTextBlock, continuesString: true, frame.StringStart);
            case '}':
                AdjustInterpolationBraceDepth(-1);
                return (SyntaxKind.CloseBraceToken, 1);
            case '[': return (SyntaxKind.OpenBracketToken, 1);
            case ']': return (SyntaxKind.CloseBracketToken, 1);
            case '(': return (SyntaxKind.OpenParenToken, 1);
            case ')': return (SyntaxKind.CloseParenToken, 1);
            case ',': return (SyntaxKind.CommaToken, 1);
            case ':': return (SyntaxKind.ColonToken, 1);
            case '.': return (SyntaxKind.DotToken, 1);
            case '=':
                return At(text, start + 1) == '=' ? (SyntaxKind.EqualsEqualsToken, 2) : (SyntaxKind.EqualsToken, 1);
            case '!' when At(text, start + 1) == '=':
                return (SyntaxKind.BangEqualsToken, 2);
            case '<':
                return At(text, start + 1) == '=' ? (SyntaxKind.LessThanEqualsToken, 2) : (SyntaxKind.LessThanToken, 1);
            case '>':
                return At(text, start + 1) == '='
                    ? (SyntaxKind.GreaterThanEqualsToken, 2)
                    : (SyntaxKind.GreaterThanToken, 1);
        }

        // Names and numbers are the runs that LiteralGrammar.Identifier and LiteralGrammar.NumberLike match:
        // a first character, then identifier characters (the same SyntaxFacts predicates). A plain loop finds
        // the run without a parser result per character; a test checks that the two agree.
        if (SyntaxFacts.IsIdentifierStart(c))
        {
            var length = CountIdentifierPart(text, start + 1) + 1;
            return (SyntaxFacts.GetKeywordKind(text.AsSpan(start, length)), length);
        }

        if (char.IsAsciiDigit(c))
        {
            return ScanNumber(text, start, CountIdentifierPart(text, start + 1) + 1);
        }

        return ScanBadCharacters(text, start);
    }

    /// <summary>Reports what the end of the input leaves open, and forgets it.</summary>
    public void EndOfInput() => ReportOpenInterpolations();

    private (SyntaxKind Kind, int Length) ScanNumber(string text, int start, int length)
    {
        var number = text.AsSpan(start, length);
        var kind = LiteralGrammar.LooksLikeDuration(number)
            ? SyntaxKind.DurationLiteralToken
            : SyntaxKind.IntegerLiteralToken;
        if (LiteralGrammar.IsCertainlyValid(number))
        {
            return (kind, length);
        }

        var value = number.ToString();
        var span = new EngineTextSpan(start, length);
        var error = kind == SyntaxKind.DurationLiteralToken
            ? LiteralGrammar.ParseDuration(value).Error
            : LiteralGrammar.ParseInteger(value).Error;
        Report(error, span, value);
        return (kind, length);
    }

    private void Report(LiteralError error, EngineTextSpan span, string text)
    {
        switch (error)
        {
            case LiteralError.InvalidDigitSeparator:
                _diagnostics.InvalidDigitSeparator(span, text);
                break;
            case LiteralError.TooLarge:
                _diagnostics.NumberTooLarge(span, text);
                break;
            case LiteralError.InvalidDurationUnit:
                _diagnostics.InvalidDurationUnit(span, text);
                break;
        }
    }

    /// <summary>
    /// Scans one part of a string from <paramref name="contentStart"/>: up to the closing quote(s), or up to
    /// and including the next <c>${</c>, which opens an interpolation.
    /// </summary>
    private (SyntaxKind Kind, int Length) ScanStringPart(
        string text,
        int tokenStart,
        int contentStart,
        bool isTextBlock,
        bool continuesString,
        int stringStart)
    {
        var position = contentStart;
        while (true)
        {
            // Ordinary characters are passed over in a tight loop. (A vectorised search is no faster on
            // strings this short, and compiling it costs start-up time.)
            while (position < text.Length && !IsStringStop(text[position], isTextBlock))
            {
                position++;
            }

            if (position >= text.Length || !isTextBlock && text[position] is '\r' or '\n')
            {
                ReportUnterminated(isTextBlock, stringStart, position);
                return (ClosingKind(isTextBlock, continuesString), position - tokenStart);
            }

            var c = text[position];
            if (c == '\\')
            {
                position = ScanEscape(text, position, isTextBlock);
                continue;
            }

            if (c == '$' && At(text, position + 1) == '{')
            {
                _openInterpolations.Add(new InterpolationFrame(isTextBlock, stringStart, position, BraceDepth: 0));
                var kind = isTextBlock
                    ? continuesString ? SyntaxKind.TextBlockMiddleToken : SyntaxKind.TextBlockStartToken
                    : continuesString ? SyntaxKind.StringMiddleToken : SyntaxKind.StringStartToken;
                return (kind, position + 2 - tokenStart);
            }

            if (c == '"' && (!isTextBlock || text.AsSpan(position).StartsWith("\"\"\"")))
            {
                var end = position + (isTextBlock ? 3 : 1);
                return (ClosingKind(isTextBlock, continuesString), end - tokenStart);
            }

            position++;
        }
    }

    // The characters that can end a part of a string or text block, or start an escape or an interpolation.
    private static bool IsStringStop(char c, bool isTextBlock)
        => c is '\\' or '$' or '"' || !isTextBlock && c is '\r' or '\n';

    // Returns the position after the escape. A backslash at the end of a one-line string's line is left for
    // the caller to report as an unterminated string.
    private int ScanEscape(string text, int position, bool isTextBlock)
    {
        var next = At(text, position + 1);
        if (next is '\0' && position + 1 >= text.Length || !isTextBlock && next is '\r' or '\n')
        {
            return position + 1;
        }

        if (next is not ('"' or '\\' or 'n' or 't' or '$'))
        {
            var shown = next is '\r' or '\n' ? "\\ before a line break" : "\\" + SyntaxFacts.Printable(next.ToString());
            _diagnostics.InvalidEscape(new EngineTextSpan(position, next is '\r' or '\n' ? 1 : 2), shown);
            if (next is '\r' or '\n')
            {
                return position + 1;
            }
        }

        return position + 2;
    }

    private static SyntaxKind ClosingKind(bool isTextBlock, bool continuesString) => isTextBlock
        ? continuesString ? SyntaxKind.TextBlockEndToken : SyntaxKind.TextBlockLiteralToken
        : continuesString ? SyntaxKind.StringEndToken : SyntaxKind.StringLiteralToken;

    private void ReportUnterminated(bool isTextBlock, int stringStart, int position)
    {
        var span = EngineTextSpan.FromBounds(stringStart, position);
        if (isTextBlock)
        {
            _diagnostics.UnterminatedTextBlock(new EngineTextSpan(stringStart, 3));
        }
        else
        {
            _diagnostics.UnterminatedString(span);
        }
    }

    // A one-line string cannot continue past its line, so an interpolation still open there is abandoned:
    // the rest of the line has been tokenized as code, and the next line starts afresh.
    // Nested interpolations left open on one line are one mistake, reported once at the outermost.
    private void CloseOneLineInterpolationsAtLineEnd(int lineEnd)
    {
        InterpolationFrame? outermost = null;
        while (_openInterpolations.Count > 0 && !_openInterpolations[^1].IsTextBlock)
        {
            outermost = _openInterpolations[^1];
            _openInterpolations.RemoveAt(_openInterpolations.Count - 1);
        }

        if (outermost is { } frame)
        {
            _diagnostics.UnterminatedInterpolation(EngineTextSpan.FromBounds(frame.InterpolationStart, lineEnd));
        }
    }

    private void ReportOpenInterpolations()
    {
        if (_openInterpolations.Count > 0)
        {
            _diagnostics.UnterminatedInterpolation(new EngineTextSpan(_openInterpolations[0].InterpolationStart, 2));
        }

        _openInterpolations.Clear();
    }

    private void AdjustInterpolationBraceDepth(int change)
    {
        if (_openInterpolations.Count > 0)
        {
            var frame = _openInterpolations[^1];
            _openInterpolations[^1] = frame with { BraceDepth = Math.Max(0, frame.BraceDepth + change) };
        }
    }

    // Groups a run of characters that start no token, so that binary junk gives one diagnostic per run
    // rather than one per byte.
    private (SyntaxKind Kind, int Length) ScanBadCharacters(string text, int start)
    {
        var position = start + 1;
        while (position < text.Length && IsBadCharacter(text, position))
        {
            position++;
        }

        var span = EngineTextSpan.FromBounds(start, position);
        _diagnostics.UnexpectedCharacter(span, $"'{SyntaxFacts.Printable(text[start..position])}'");
        return (SyntaxKind.BadToken, position - start);
    }

    private static bool IsBadCharacter(string text, int position)
    {
        var c = text[position];
        if (c == '!' && At(text, position + 1) != '=')
        {
            return true;
        }

        return !(SyntaxFacts.IsIdentifierPart(c) || c is ' ' or '\t' or '\r' or '\n' or '#' or '"' or '{' or '}'
            or '[' or ']' or '(' or ')' or ',' or ':' or '.' or '=' or '!' or '<' or '>');
    }

    private static char At(string text, int position) => position < text.Length ? text[position] : '\0';

    private static int CountWhitespace(string text, int start)
    {
        var position = start;
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }

        return position - start;
    }

    private static int CountToLineEnd(string text, int start)
    {
        var end = text.AsSpan(start).IndexOfAny('\r', '\n');
        return end < 0 ? text.Length - start : end;
    }

    private static int CountIdentifierPart(string text, int start)
    {
        var position = start;
        while (position < text.Length && SyntaxFacts.IsIdentifierPart(text[position]))
        {
            position++;
        }

        return position - start;
    }

    // A class, not a struct: the framework's List<T> over a struct of ours has no precompiled code and would
    // be compiled at start-up, and there are never more than a few frames.
    private sealed record InterpolationFrame(
        bool IsTextBlock,
        int StringStart,
        int InterpolationStart,
        int BraceDepth);
}
