using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

/// <summary>An expression the parser did not descend into, such as brackets nested beyond the depth limit.</summary>
public sealed class SkippedExpressionSyntax : ExpressionSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public SkippedExpressionSyntax(
        ImmutableArray<SyntaxToken> tokens)
    {
        Tokens = tokens;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SkippedExpressionSyntax;

    /// <summary>The tokens of the region.</summary>
    public ImmutableArray<SyntaxToken> Tokens { get; }

    internal override int SlotCount => Tokens.Length;

    internal override SyntaxElement? GetSlot(int index) => Tokens[index];
}
