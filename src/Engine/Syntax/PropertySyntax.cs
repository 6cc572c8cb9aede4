namespace Runbook.Engine.Syntax;

/// <summary><c>name = value</c></summary>
public sealed class PropertySyntax : MemberSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public PropertySyntax(
        SyntaxToken name,
        SyntaxToken equalsToken,
        ExpressionSyntax value)
    {
        Name = name;
        EqualsToken = equalsToken;
        Value = value;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.PropertySyntax;

    /// <summary>The property's name.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The <c>=</c>.</summary>
    public SyntaxToken EqualsToken { get; }

    /// <summary>The value.</summary>
    public ExpressionSyntax Value { get; }

    internal override int SlotCount => 3;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => EqualsToken,
        2 => Value,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
