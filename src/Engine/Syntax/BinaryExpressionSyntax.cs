namespace Runbook.Engine.Syntax;

/// <summary><c>left operator right</c> for <c>and</c>, <c>or</c> and comparisons.</summary>
public sealed class BinaryExpressionSyntax : ExpressionSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public BinaryExpressionSyntax(
        ExpressionSyntax left,
        SyntaxToken operatorToken,
        ExpressionSyntax right)
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BinaryExpressionSyntax;

    /// <summary>The left operand.</summary>
    public ExpressionSyntax Left { get; }

    /// <summary>The operator.</summary>
    public SyntaxToken OperatorToken { get; }

    /// <summary>The right operand.</summary>
    public ExpressionSyntax Right { get; }

    internal override int SlotCount => 3;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Left,
        1 => OperatorToken,
        2 => Right,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
