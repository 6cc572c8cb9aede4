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

    internal override int SlotCount => 3;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Target,
        1 => Dot,
        2 => Name,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
