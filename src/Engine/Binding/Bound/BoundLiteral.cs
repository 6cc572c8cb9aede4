using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary>A value written out: a long, a TimeSpan, a bool, or (for an invalid literal) null.</summary>
public sealed class BoundLiteral : BoundExpression
{
    internal BoundLiteral(ExpressionSyntax syntax, object? value, RunbookType type)
        : base(syntax, type) => Value = value;

    /// <summary>The value.</summary>
    public object? Value { get; }
}
