using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

/// <summary><c>[a, b, c]</c></summary>
public sealed class ListExpressionSyntax : ExpressionSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public ListExpressionSyntax(
        SyntaxToken openBracket,
        ImmutableArray<ListItemSyntax> items,
        SyntaxToken closeBracket)
    {
        OpenBracket = openBracket;
        Items = items;
        CloseBracket = closeBracket;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListExpressionSyntax;

    /// <summary>The opening bracket.</summary>
    public SyntaxToken OpenBracket { get; }

    /// <summary>The items.</summary>
    public ImmutableArray<ListItemSyntax> Items { get; }

    /// <summary>The closing bracket.</summary>
    public SyntaxToken CloseBracket { get; }

    internal override int SlotCount => Items.Length + 2;

    // The opening bracket, the items, the closing bracket.
    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => OpenBracket,
        _ when index < Items.Length + 1 => Items[index - 1],
        _ => CloseBracket,
    };
}
