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

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Identifier;
        }
    }
}
