namespace Runbook.Engine.Syntax;

/// <summary><c>not operand</c></summary>
public sealed class UnaryExpressionSyntax : ExpressionSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public UnaryExpressionSyntax(
        SyntaxToken operatorToken,
        ExpressionSyntax operand)
    {
        OperatorToken = operatorToken;
        Operand = operand;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnaryExpressionSyntax;

    /// <summary>The operator.</summary>
    public SyntaxToken OperatorToken { get; }

    /// <summary>The operand.</summary>
    public ExpressionSyntax Operand { get; }

    internal override int SlotCount => 2;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => OperatorToken,
        1 => Operand,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
