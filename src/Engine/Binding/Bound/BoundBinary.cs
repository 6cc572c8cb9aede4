using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary><c>left op right</c>; always a bool.</summary>
public sealed class BoundBinary : BoundExpression
{
    internal BoundBinary(BinaryExpressionSyntax syntax, BoundExpression left, BoundExpression right)
        : base(syntax)
    {
        Left = left;
        Right = right;
    }

    /// <inheritdoc />
    public override RunbookType Type => RunbookType.Bool;

    /// <summary>The operator.</summary>
    /// <remarks>Read from the operator's token rather than kept: a field made every binary 8 bytes larger.</remarks>
    public BinaryOperator Operator => OperatorOf(((BinaryExpressionSyntax)Syntax).OperatorToken.Kind);

    /// <summary>The left operand.</summary>
    public BoundExpression Left { get; }

    /// <summary>The right operand.</summary>
    public BoundExpression Right { get; }

    /// <summary>The operator an operator token stands for.</summary>
    internal static BinaryOperator OperatorOf(SyntaxKind token) => token switch
    {
        SyntaxKind.AndKeyword => BinaryOperator.And,
        SyntaxKind.OrKeyword => BinaryOperator.Or,
        SyntaxKind.EqualsEqualsToken => BinaryOperator.Equal,
        SyntaxKind.BangEqualsToken => BinaryOperator.NotEqual,
        SyntaxKind.LessThanToken => BinaryOperator.Less,
        SyntaxKind.LessThanEqualsToken => BinaryOperator.LessOrEqual,
        SyntaxKind.GreaterThanToken => BinaryOperator.Greater,
        _ => BinaryOperator.GreaterOrEqual,
    };

    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Operands => [Left, Right];

    internal override int OperandCount => 2;

    internal override BoundExpression GetOperand(int index) => index switch
    {
        0 => Left,
        1 => Right,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
