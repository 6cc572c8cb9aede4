namespace Runbook.Engine.Syntax;

/// <summary>An integer, a duration, <c>true</c> or <c>false</c>.</summary>
public sealed class LiteralExpressionSyntax : ExpressionSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public LiteralExpressionSyntax(
        SyntaxToken token)
    {
        Token = token;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.LiteralExpressionSyntax;

    /// <summary>The literal's token.</summary>
    public SyntaxToken Token { get; }

    internal override int SlotCount => 1;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Token,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
