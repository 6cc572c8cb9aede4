using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

/// <summary>
/// A string or text block. Its segments alternate with its interpolations: segment, expression, segment, ...
/// segment.
/// </summary>
public sealed class StringExpressionSyntax : ExpressionSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public StringExpressionSyntax(
        ImmutableArray<SyntaxToken> segments,
        ImmutableArray<ExpressionSyntax> interpolations)
    {
        Segments = segments;
        Interpolations = interpolations;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.StringExpressionSyntax;

    /// <summary>The literal parts, quotes and interpolation delimiters included.</summary>
    public ImmutableArray<SyntaxToken> Segments { get; }

    /// <summary>The expressions inside <c>${ }</c>.</summary>
    public ImmutableArray<ExpressionSyntax> Interpolations { get; }

    /// <summary>True for a triple-quoted text block.</summary>
    public bool IsTextBlock => Segments[0].Kind is SyntaxKind.TextBlockLiteralToken or SyntaxKind.TextBlockStartToken;

    internal override int SlotCount => Segments.Length + Pairs;

    // Segments and interpolations alternate, starting and ending with a segment.
    internal override SyntaxElement? GetSlot(int index) => index < 2 * Pairs
        ? index % 2 == 0 ? Segments[index / 2] : Interpolations[index / 2]
        : Segments[index - Pairs];

    // The number of segments that have an interpolation after them: all but the last in a string the parser
    // made.
    private int Pairs => Math.Min(Segments.Length, Interpolations.Length);
}
