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

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Expression;

            if (Comma is not null)
            {
                yield return Comma;
            }
        }
    }
}
