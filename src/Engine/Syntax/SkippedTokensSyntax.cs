using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

/// <summary>Tokens the parser could not place. They keep the tree lossless and carry one diagnostic.</summary>
public sealed class SkippedTokensSyntax : MemberSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public SkippedTokensSyntax(
        ImmutableArray<SyntaxToken> tokens)
    {
        Tokens = tokens;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SkippedTokensSyntax;

    /// <summary>The skipped tokens.</summary>
    public ImmutableArray<SyntaxToken> Tokens { get; }

    internal override int SlotCount => Tokens.Length;

    internal override SyntaxElement? GetSlot(int index) => Tokens[index];
}
