namespace Runbook.Engine.Syntax;

/// <summary><c>target.name</c></summary>
public sealed class MemberAccessExpressionSyntax : ExpressionSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public MemberAccessExpressionSyntax(
        ExpressionSyntax target,
        SyntaxToken dot,
        SyntaxToken name)
    {
        Target = target;
        Dot = dot;
        Name = name;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.MemberAccessExpressionSyntax;

    /// <summary>What is accessed.</summary>
    public ExpressionSyntax Target { get; }

    /// <summary>The dot.</summary>
    public SyntaxToken Dot { get; }

    /// <summary>The member's name.</summary>
    public SyntaxToken Name { get; }

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Target;
            yield return Dot;
            yield return Name;
        }
    }
}
