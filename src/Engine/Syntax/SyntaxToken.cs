using System.Collections.Immutable;
using Runbook.Engine.Text;

namespace Runbook.Engine.Syntax;

/// <summary>
/// A token with the trivia around it. Leading trivia is everything between the previous token's line and
/// this token; trailing trivia runs to the end of the token's line, including the line break.
/// </summary>
/// <remarks>
/// The lexer records only how far a token's trivia reaches on either side; the trivia objects are read from
/// the source text the first time someone asks for them, and kept. Most consumers (the parser, the binder,
/// the round trip) never ask, and a file has more trivia than tokens, so building them all up front was
/// most of the lexer's allocation. To its users the token is as immutable as if they had been built eagerly.
///
/// A file holds about one token for every seven characters, and every token lives as long as the tree, so
/// the fields are packed: the trivia (or, until it is read, the source to read it from) share one field, and
/// the kind shares an int with the flags. That keeps a token at 48 bytes instead of 72.
/// </remarks>
public sealed class SyntaxToken : SyntaxElement
{
    private const int KindMask = 0xFFFF;
    private const int MissingFlag = 1 << 16;
    private const int LeadingLineBreakFlag = 1 << 17;
    private const int TrailingLineBreakFlag = 1 << 18;

    private readonly int _leadingWidth;
    private readonly int _trailingWidth;
    private readonly int _kindAndFlags;

    // The source text while the trivia has not been read, then the trivia itself (a TriviaPair).
    private object _trivia;

    /// <summary>Creates a token; <paramref name="position"/> is the offset of its first character.</summary>
    public SyntaxToken(
        SyntaxKind kind,
        string text,
        int position,
        ImmutableArray<SyntaxTrivia> leadingTrivia,
        ImmutableArray<SyntaxTrivia> trailingTrivia,
        bool isMissing = false)
    {
        Text = text;
        Position = position;
        var trivia = new TriviaPair(
            leadingTrivia.IsDefault ? [] : leadingTrivia,
            trailingTrivia.IsDefault ? [] : trailingTrivia);
        _trivia = trivia;
        _leadingWidth = trivia.Leading.IsEmpty ? 0 : position - trivia.Leading[0].Position;
        _trailingWidth = trivia.Trailing.IsEmpty ? 0 : trivia.Trailing[^1].Span.End - (position + text.Length);
        _kindAndFlags = Pack(
            kind,
            isMissing,
            trivia.Leading.Any(item => item.Kind == SyntaxKind.EndOfLineTrivia),
            trivia.Trailing.Any(item => item.Kind == SyntaxKind.EndOfLineTrivia));
    }

    /// <summary>
    /// Creates a token whose trivia is read from <paramref name="source"/> when first asked for: the
    /// <paramref name="leadingWidth"/> characters before the token and the <paramref name="trailingWidth"/>
    /// characters after it.
    /// </summary>
    internal SyntaxToken(
        SyntaxKind kind,
        string text,
        int position,
        string source,
        int leadingWidth,
        int trailingWidth,
        bool hasLeadingLineBreak,
        bool hasTrailingLineBreak)
    {
        Text = text;
        Position = position;
        _trivia = leadingWidth == 0 && trailingWidth == 0 ? TriviaPair.None : source;
        _leadingWidth = leadingWidth;
        _trailingWidth = trailingWidth;
        _kindAndFlags = Pack(kind, isMissing: false, hasLeadingLineBreak, hasTrailingLineBreak);
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => (SyntaxKind)(_kindAndFlags & KindMask);

    /// <summary>The exact characters of the token, without trivia.</summary>
    public string Text { get; }

    /// <summary>The offset of the token's first character.</summary>
    public int Position { get; }

    /// <summary>Whitespace, comments and line breaks before the token.</summary>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia => Trivia.Leading;

    /// <summary>Whitespace and a comment after the token on its line, and that line's break.</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia => Trivia.Trailing;

    /// <summary>True for a zero-width token that the parser invented where one was required.</summary>
    public bool IsMissing => (_kindAndFlags & MissingFlag) != 0;

    /// <summary>True when a line break stands in the leading trivia: the token is the first on its line.</summary>
    internal bool HasLeadingLineBreak => (_kindAndFlags & LeadingLineBreakFlag) != 0;

    /// <summary>True when the trailing trivia ends the token's line.</summary>
    internal bool HasTrailingLineBreak => (_kindAndFlags & TrailingLineBreakFlag) != 0;

    private TriviaPair Trivia
    {
        get
        {
            if (_trivia is string source)
            {
                // A benign race: two threads may both read the trivia, and either equal pair may win.
                _trivia = new TriviaPair(
                    ReadTrivia(source, Position - _leadingWidth, _leadingWidth),
                    ReadTrivia(source, Span.End, _trailingWidth));
            }

            return (TriviaPair)_trivia;
        }
    }

    /// <inheritdoc />
    public override TextSpan Span => new(Position, Text.Length);

    /// <inheritdoc />
    public override TextSpan FullSpan => new(Position - _leadingWidth, _leadingWidth + Text.Length + _trailingWidth);

    /// <summary>Creates a zero-width token of <paramref name="kind"/> at <paramref name="position"/>.</summary>
    public static SyntaxToken Missing(SyntaxKind kind, int position)
        => new(kind, string.Empty, position, [], [], isMissing: true);

    /// <inheritdoc />
    public override void WriteTo(TextWriter writer)
    {
        if (_trivia is string source)
        {
            writer.Write(source.AsSpan(Position - _leadingWidth, _leadingWidth + Text.Length + _trailingWidth));
            return;
        }

        foreach (var trivia in LeadingTrivia)
        {
            writer.Write(trivia.Text);
        }

        writer.Write(Text);
        foreach (var trivia in TrailingTrivia)
        {
            writer.Write(trivia.Text);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static int Pack(SyntaxKind kind, bool isMissing, bool hasLeadingLineBreak, bool hasTrailingLineBreak)
        => (int)kind
            | (isMissing ? MissingFlag : 0)
            | (hasLeadingLineBreak ? LeadingLineBreakFlag : 0)
            | (hasTrailingLineBreak ? TrailingLineBreakFlag : 0);

    // Splits a run of trivia the way the tokenizer does: blanks and tabs, one line break ("\r\n" counts as
    // one), or a comment up to the end of its line.
    private static ImmutableArray<SyntaxTrivia> ReadTrivia(string source, int start, int width)
    {
        var texts = TextTable.Current;
        var trivia = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        var position = start;
        var end = start + width;

        while (position < end)
        {
            var c = source[position];
            var rest = source.AsSpan(position, end - position);
            var (kind, length) = c switch
            {
                ' ' or '\t' => (SyntaxKind.WhitespaceTrivia, rest.IndexOfAnyExcept(' ', '\t')),
                '\r' => (SyntaxKind.EndOfLineTrivia, rest.StartsWith("\r\n") ? 2 : 1),
                '\n' => (SyntaxKind.EndOfLineTrivia, 1),
                _ => (SyntaxKind.CommentTrivia, rest.IndexOfAny('\r', '\n')),
            };

            length = length < 0 ? end - position : length;
            trivia.Add(new SyntaxTrivia(kind, texts.Get(source, position, length), position));
            position += length;
        }

        return trivia.DrainToImmutable();
    }

    /// <summary>A token's trivia on both sides, once read.</summary>
    private sealed class TriviaPair(ImmutableArray<SyntaxTrivia> leading, ImmutableArray<SyntaxTrivia> trailing)
    {
        public static TriviaPair None { get; } = new([], []);

        public ImmutableArray<SyntaxTrivia> Leading { get; } = leading;

        public ImmutableArray<SyntaxTrivia> Trailing { get; } = trailing;
    }
}
