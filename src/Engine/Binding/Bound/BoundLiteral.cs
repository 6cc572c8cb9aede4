using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary>A value written out: a long, a TimeSpan or a bool. An invalid literal binds to a BoundError.</summary>
public sealed class BoundLiteral : BoundExpression
{
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    // The value unboxed (a bool as 0 or 1, a duration as its ticks), its type telling which: a file has a
    // few numbers and durations per step, and a box for each outlived binding in the bound tree.
    private readonly long _bits;

    internal BoundLiteral(LiteralExpressionSyntax syntax, bool value)
        : base(syntax) => _bits = value ? 1 : 0;

    internal BoundLiteral(LiteralExpressionSyntax syntax, long value)
        : base(syntax) => _bits = value;

    internal BoundLiteral(LiteralExpressionSyntax syntax, TimeSpan value)
        : base(syntax) => _bits = value.Ticks;

    /// <inheritdoc />
    /// <remarks>Told by the literal's token rather than kept: a field made every literal 8 bytes larger.</remarks>
    public override RunbookType Type => TypeOf(((LiteralExpressionSyntax)Syntax).Token.Kind);

    /// <summary>The value.</summary>
    /// <remarks>Boxed when asked for; bools share their two boxes.</remarks>
    public object? Value => Type.Kind switch
    {
        RunbookTypeKind.Bool => _bits != 0 ? BoxedTrue : BoxedFalse,
        RunbookTypeKind.Int => _bits,
        _ => Duration,
    };

    /// <summary>The type of a literal written as <paramref name="token"/>.</summary>
    internal static RunbookType TypeOf(SyntaxKind token) => token switch
    {
        SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword => RunbookType.Bool,
        SyntaxKind.IntegerLiteralToken => RunbookType.Int,
        _ => RunbookType.Duration,
    };

    /// <summary>The value of an int literal, without a box.</summary>
    internal long Integer => _bits;

    /// <summary>The value of a duration literal, without a box.</summary>
    internal TimeSpan Duration => TimeSpan.FromTicks(_bits);
}
