using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary><c>left op right</c>; always a bool.</summary>
public sealed class BoundBinary : BoundExpression
{
    internal BoundBinary(BinaryExpressionSyntax syntax, BinaryOperator op, BoundExpression left, BoundExpression right)
        : base(syntax)
    {
        Operator = op;
        Left = left;
        Right = right;
    }

    /// <inheritdoc />
    public override RunbookType Type => RunbookType.Bool;

    /// <summary>The operator.</summary>
    public BinaryOperator Operator { get; }

    /// <summary>The left operand.</summary>
    public BoundExpression Left { get; }

    /// <summary>The right operand.</summary>
    public BoundExpression Right { get; }

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
