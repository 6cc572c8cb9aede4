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

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Name;
            yield return EqualsToken;
            yield return Value;
        }
    }
}
