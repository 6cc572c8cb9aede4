using System.Collections.Immutable;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary><c>[a, b, c]</c></summary>
public sealed class BoundList : BoundExpression
{
    internal BoundList(ListExpressionSyntax syntax, ImmutableArray<BoundExpression> items, RunbookType type)
        : base(syntax)
    {
        Items = items;
        Type = type;
    }

    /// <inheritdoc />
    public override RunbookType Type { get; }

    /// <summary>The items.</summary>
    public ImmutableArray<BoundExpression> Items { get; }

    /// <inheritdoc />
    public override bool IsSecret => AnyIsSecret(Items);

    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Operands => Items.IsEmpty ? [] : Items;

    internal override int OperandCount => Items.Length;

    internal override BoundExpression GetOperand(int index) => Items[index];
}
