namespace Runbook.Engine.Syntax;

/// <summary><c>= value</c> after a param's type.</summary>
public sealed class DefaultValueSyntax : SyntaxNode
{
    /// <summary>Creates the node from its parts.</summary>
    public DefaultValueSyntax(
        SyntaxToken equalsToken,
        ExpressionSyntax value)
    {
        EqualsToken = equalsToken;
        Value = value;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DefaultValueSyntax;

    /// <summary>The <c>=</c>.</summary>
    public SyntaxToken EqualsToken { get; }

    /// <summary>The default value.</summary>
    public ExpressionSyntax Value { get; }

    internal override int SlotCount => 2;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => EqualsToken,
        1 => Value,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
