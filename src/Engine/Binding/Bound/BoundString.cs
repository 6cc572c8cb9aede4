using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary>
/// A string with its escapes decoded and, for a text block, its common indentation removed. Its texts
/// alternate with its interpolations: text, expression, text, ..., text.
/// </summary>
public sealed class BoundString : BoundExpression
{
    // Decoded when first asked for: binding a file needs almost none of its strings' values (planning and
    // plugins read a few), and keeping every decoded text and its array made the bound tree a third larger.
    private string[]? _texts;

    internal BoundString(StringExpressionSyntax syntax, ImmutableArray<BoundExpression> interpolations)
        : base(syntax) => Interpolations = interpolations;

    /// <inheritdoc />
    public override RunbookType Type => RunbookType.String;

    /// <summary>The literal texts; one more than there are interpolations.</summary>
    /// <remarks>
    /// Decoding is deterministic, so threads that ask at once at worst decode twice and keep equal texts.
    /// </remarks>
    public ImmutableArray<string> Texts => ImmutableCollectionsMarshal.AsImmutableArray(
        _texts ??= ImmutableCollectionsMarshal.AsArray(StringValueDecoder.Decode((StringExpressionSyntax)Syntax))!);

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
