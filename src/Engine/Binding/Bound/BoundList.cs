using System.Collections.Immutable;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary><c>[a, b, c]</c></summary>
public sealed class BoundList : BoundExpression
{
    internal BoundList(ListExpressionSyntax syntax, ImmutableArray<BoundExpression> items, RunbookType type)
        : base(syntax, type) => Items = items;

    /// <summary>The items.</summary>
    public ImmutableArray<BoundExpression> Items { get; }

    /// <inheritdoc />
    public override bool IsSecret => Items.Any(item => item.IsSecret);

    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Operands => Items.IsEmpty ? [] : Items;
}
