namespace Runbook.Engine.Syntax;

/// <summary>
/// A place where an expression was required but none was written; it holds one zero-width missing token.
/// </summary>
public sealed class MissingExpressionSyntax : ExpressionSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public MissingExpressionSyntax(
        SyntaxToken placeholder)
    {
        Placeholder = placeholder;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.MissingExpressionSyntax;

    /// <summary>The zero-width token that marks the place.</summary>
    public SyntaxToken Placeholder { get; }

    internal override int SlotCount => 1;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Placeholder,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
