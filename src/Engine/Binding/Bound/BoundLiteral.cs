using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary>A value written out: a long, a TimeSpan, a bool, or (for an invalid literal) null.</summary>
public sealed class BoundLiteral : BoundExpression
{
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    // The value unboxed (a bool as 0 or 1, a duration as its ticks), its type telling which: a file has a
    // few numbers and durations per step, and a box for each outlived binding in the bound tree.
    private readonly long _bits;

    internal BoundLiteral(ExpressionSyntax syntax, bool value)
        : base(syntax) => (_bits, Type) = (value ? 1 : 0, RunbookType.Bool);

    internal BoundLiteral(ExpressionSyntax syntax, long value)
        : base(syntax) => (_bits, Type) = (value, RunbookType.Int);

    internal BoundLiteral(ExpressionSyntax syntax, TimeSpan value)
        : base(syntax) => (_bits, Type) = (value.Ticks, RunbookType.Duration);

    /// <inheritdoc />
    public override RunbookType Type { get; }

    /// <summary>The value.</summary>
    /// <remarks>Boxed when asked for; bools share their two boxes.</remarks>
    public object? Value => Type.Kind switch
    {
        RunbookTypeKind.Bool => _bits != 0 ? BoxedTrue : BoxedFalse,
        RunbookTypeKind.Int => _bits,
        _ => Duration,
    };

    /// <summary>The value of an int literal, without a box.</summary>
    internal long Integer => _bits;

    /// <summary>The value of a duration literal, without a box.</summary>
    internal TimeSpan Duration => TimeSpan.FromTicks(_bits);
}
