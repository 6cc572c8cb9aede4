namespace Runbook.Engine.Syntax;

/// <summary>A bare name, such as a connection's or a function's.</summary>
public sealed class NameExpressionSyntax : ExpressionSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public NameExpressionSyntax(
        SyntaxToken identifier)
    {
        Identifier = identifier;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NameExpressionSyntax;

    /// <summary>The name.</summary>
    public SyntaxToken Identifier { get; }

    internal override int SlotCount => 1;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Identifier,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
