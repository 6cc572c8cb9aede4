using System.Collections.Immutable;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary>
/// A string with its escapes decoded and, for a text block, its common indentation removed. Its texts
/// alternate with its interpolations: text, expression, text, ..., text.
/// </summary>
public sealed class BoundString : BoundExpression
{
    internal BoundString(
        StringExpressionSyntax syntax,
        ImmutableArray<string> texts,
        ImmutableArray<BoundExpression> interpolations)
        : base(syntax, RunbookType.String)
    {
        Texts = texts;
        Interpolations = interpolations;
    }

    /// <summary>The literal texts; one more than there are interpolations.</summary>
    public ImmutableArray<string> Texts { get; }

    /// <summary>The interpolated expressions.</summary>
    public ImmutableArray<BoundExpression> Interpolations { get; }

    /// <summary>The text when the string has no interpolation, otherwise null.</summary>
    public string? ConstantValue => Interpolations.IsEmpty ? Texts[0] : null;

    /// <inheritdoc />
    public override bool IsSecret => AnyIsSecret(Interpolations);

    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Operands => Interpolations.IsEmpty ? [] : Interpolations;

    internal override int OperandCount => Interpolations.Length;

    internal override BoundExpression GetOperand(int index) => Interpolations[index];
}
