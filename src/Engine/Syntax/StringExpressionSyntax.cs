using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

/// <summary>A string or text block. Its segments alternate with its interpolations: segment, expression, segment, ... segment.</summary>
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

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            for (var i = 0; i < Segments.Length; i++)
            {
                yield return Segments[i];
                if (i < Interpolations.Length)
                {
                    yield return Interpolations[i];
                }
            }
        }
    }
}
