namespace Runbook.Engine.Syntax;

/// <summary><c>(expression)</c></summary>
public sealed class ParenthesizedExpressionSyntax : ExpressionSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public ParenthesizedExpressionSyntax(
        SyntaxToken openParen,
        ExpressionSyntax expression,
        SyntaxToken closeParen)
    {
        OpenParen = openParen;
        Expression = expression;
        CloseParen = closeParen;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ParenthesizedExpressionSyntax;

    /// <summary>The opening parenthesis.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The inner expression.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The closing parenthesis.</summary>
    public SyntaxToken CloseParen { get; }

    internal override int SlotCount => 3;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => OpenParen,
        1 => Expression,
        2 => CloseParen,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
