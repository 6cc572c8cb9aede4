using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary><c>not operand</c></summary>
public sealed class BoundNot : BoundExpression
{
    internal BoundNot(UnaryExpressionSyntax syntax, BoundExpression operand)
        : base(syntax) => Operand = operand;

    /// <inheritdoc />
    public override RunbookType Type => RunbookType.Bool;

    /// <summary>The operand.</summary>
    public BoundExpression Operand { get; }

    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Operands => [Operand];

    internal override int OperandCount => 1;

    internal override BoundExpression GetOperand(int index)
        => index == 0 ? Operand : throw new ArgumentOutOfRangeException(nameof(index));
}
