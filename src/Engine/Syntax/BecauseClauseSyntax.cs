namespace Runbook.Engine.Syntax;

/// <summary><c>because "reason"</c></summary>
public sealed class BecauseClauseSyntax : SyntaxNode
{
    /// <summary>Creates the node from its parts.</summary>
    public BecauseClauseSyntax(
        SyntaxToken becauseKeyword,
        ExpressionSyntax reason)
    {
        BecauseKeyword = becauseKeyword;
        Reason = reason;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BecauseClauseSyntax;

    /// <summary>The <c>because</c> keyword.</summary>
    public SyntaxToken BecauseKeyword { get; }

    /// <summary>The reason, a string.</summary>
    public ExpressionSyntax Reason { get; }

    internal override int SlotCount => 2;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => BecauseKeyword,
        1 => Reason,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
