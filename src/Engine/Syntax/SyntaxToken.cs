using System.Collections.Immutable;
using Runbook.Engine.Text;

namespace Runbook.Engine.Syntax;

/// <summary>
/// A token with the trivia around it. Leading trivia is everything between the previous token's line and
/// this token; trailing trivia runs to the end of the token's line, including the line break.
/// </summary>
public sealed class SyntaxToken : SyntaxElement
{
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
        LeadingTrivia = leadingTrivia;
        TrailingTrivia = trailingTrivia;
        IsMissing = isMissing;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind { get; }

    /// <summary>The exact characters of the token, without trivia.</summary>
    public string Text { get; }

    /// <summary>The offset of the token's first character.</summary>
    public int Position { get; }

    /// <summary>Whitespace, comments and line breaks before the token.</summary>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }

    /// <summary>Whitespace and a comment after the token on its line, and that line's break.</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }

    /// <summary>True for a zero-width token that the parser invented where one was required.</summary>
    public bool IsMissing { get; }

    /// <inheritdoc />
    public override TextSpan Span => new(Position, Text.Length);

    /// <inheritdoc />
    public override TextSpan FullSpan
    {
        get
        {
            var start = LeadingTrivia.IsEmpty ? Position : LeadingTrivia[0].Position;
            var end = TrailingTrivia.IsEmpty ? Span.End : TrailingTrivia[^1].Span.End;
            return TextSpan.FromBounds(start, end);
        }
    }

    /// <summary>Creates a zero-width token of <paramref name="kind"/> at <paramref name="position"/>.</summary>
    public static SyntaxToken Missing(SyntaxKind kind, int position)
        => new(kind, string.Empty, position, [], [], isMissing: true);

    /// <inheritdoc />
    public override void WriteTo(TextWriter writer)
    {
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
}
