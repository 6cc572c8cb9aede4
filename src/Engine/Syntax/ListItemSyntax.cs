namespace Runbook.Engine.Syntax;

/// <summary>One item of a list and the comma after it.</summary>
public sealed class ListItemSyntax : SyntaxNode
{
    /// <summary>Creates the node from its parts.</summary>
    public ListItemSyntax(
        ExpressionSyntax expression,
        SyntaxToken? comma)
    {
        Expression = expression;
        Comma = comma;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListItemSyntax;

    /// <summary>The item.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The comma after it, if any.</summary>
    public SyntaxToken? Comma { get; }

    internal override int SlotCount => 2;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Expression,
        1 => Comma,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
