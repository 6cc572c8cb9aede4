using Runbook.Engine.Text;

namespace Runbook.Engine.Syntax;

/// <summary>Whitespace, a line break or a comment, attached to the token before or after it.</summary>
public sealed class SyntaxTrivia
{
    /// <summary>Creates trivia of <paramref name="kind"/> that starts at <paramref name="position"/>.</summary>
    public SyntaxTrivia(SyntaxKind kind, string text, int position)
    {
        Kind = kind;
        Text = text;
        Position = position;
    }

    /// <summary>Whitespace, end of line or comment.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>The exact characters.</summary>
    public string Text { get; }

    /// <summary>The offset of the first character.</summary>
    public int Position { get; }

    /// <summary>The characters' range in the source.</summary>
    public TextSpan Span => new(Position, Text.Length);

    /// <inheritdoc />
    public override string ToString() => Text;
}
