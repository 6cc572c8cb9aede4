namespace Runbook.Engine.Syntax;

/// <summary>
/// A param type: <c>string</c>, <c>int</c>, <c>bool</c> or <c>duration</c>, optionally followed by <c>[]</c>.
/// </summary>
public sealed class TypeSyntax : SyntaxNode
{
    /// <summary>Creates the node from its parts.</summary>
    public TypeSyntax(
        SyntaxToken name,
        SyntaxToken? openBracket,
        SyntaxToken? closeBracket)
    {
        Name = name;
        OpenBracket = openBracket;
        CloseBracket = closeBracket;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.TypeSyntax;

    /// <summary>The type's name.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The <c>[</c> of a list type.</summary>
    public SyntaxToken? OpenBracket { get; }

    /// <summary>The <c>]</c> of a list type.</summary>
    public SyntaxToken? CloseBracket { get; }

    /// <summary>True for a list type such as <c>string[]</c>.</summary>
    public bool IsList => OpenBracket is not null;

    internal override int SlotCount => 3;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => OpenBracket,
        2 => CloseBracket,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
