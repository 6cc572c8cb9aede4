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
/// </remarks>
public sealed class SyntaxToken : SyntaxElement
{
    private readonly string? _source;
    private readonly int _leadingWidth;
    private readonly int _trailingWidth;
    private ImmutableArray<SyntaxTrivia> _leadingTrivia;
    private ImmutableArray<SyntaxTrivia> _trailingTrivia;

    /// <summary>Creates a token; <paramref name="position"/> is the offset of its first character.</summary>
    public SyntaxToken(
        SyntaxKind kind,
        string text,
        int position,
        ImmutableArray<SyntaxTrivia> leadingTrivia,
        ImmutableArray<SyntaxTrivia> trailingTrivia,
        bool isMissing = false)
    {
        Kind = kind;
        Text = text;
        Position = position;
        IsMissing = isMissing;
        _leadingTrivia = leadingTrivia.IsDefault ? [] : leadingTrivia;
        _trailingTrivia = trailingTrivia.IsDefault ? [] : trailingTrivia;
        _leadingWidth = _leadingTrivia.IsEmpty ? 0 : position - _leadingTrivia[0].Position;
        _trailingWidth = _trailingTrivia.IsEmpty ? 0 : _trailingTrivia[^1].Span.End - (position + text.Length);
        HasLeadingLineBreak = _leadingTrivia.Any(trivia => trivia.Kind == SyntaxKind.EndOfLineTrivia);
        HasTrailingLineBreak = _trailingTrivia.Any(trivia => trivia.Kind == SyntaxKind.EndOfLineTrivia);
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
        Kind = kind;
        Text = text;
        Position = position;
        _source = source;
        _leadingWidth = leadingWidth;
        _trailingWidth = trailingWidth;
        HasLeadingLineBreak = hasLeadingLineBreak;
        HasTrailingLineBreak = hasTrailingLineBreak;
        if (leadingWidth == 0)
        {
            _leadingTrivia = [];
        }

        if (trailingWidth == 0)
        {
            _trailingTrivia = [];
        }
    }

    /// <inheritdoc />
    public override SyntaxKind Kind { get; }

    /// <summary>The exact characters of the token, without trivia.</summary>
    public string Text { get; }

    /// <summary>The offset of the token's first character.</summary>
    public int Position { get; }

    /// <summary>Whitespace, comments and line breaks before the token.</summary>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia
    {
        get
        {
            // A benign race: two threads may both read the trivia, and either equal array may win.
            if (_leadingTrivia.IsDefault)
            {
                _leadingTrivia = ReadTrivia(_source!, Position - _leadingWidth, _leadingWidth);
            }

            return _leadingTrivia;
        }
    }

    /// <summary>Whitespace and a comment after the token on its line, and that line's break.</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia
    {
        get
        {
            if (_trailingTrivia.IsDefault)
            {
                _trailingTrivia = ReadTrivia(_source!, Span.End, _trailingWidth);
            }

            return _trailingTrivia;
        }
    }

    /// <summary>True for a zero-width token that the parser invented where one was required.</summary>
    public bool IsMissing { get; }

    /// <summary>True when a line break stands in the leading trivia: the token is the first on its line.</summary>
    internal bool HasLeadingLineBreak { get; }

    /// <summary>True when the trailing trivia ends the token's line.</summary>
    internal bool HasTrailingLineBreak { get; }

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
        if (_source is not null)
        {
            writer.Write(_source.AsSpan(Position - _leadingWidth, _leadingWidth + Text.Length + _trailingWidth));
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
}
