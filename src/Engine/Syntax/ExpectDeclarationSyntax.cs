namespace Runbook.Engine.Syntax;

/// <summary><c>expect condition because "reason"</c></summary>
public sealed class ExpectDeclarationSyntax : MemberSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public ExpectDeclarationSyntax(
        SyntaxToken expectKeyword,
        ExpressionSyntax condition,
        BecauseClauseSyntax? because)
    {
        ExpectKeyword = expectKeyword;
        Condition = condition;
        Because = because;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ExpectDeclarationSyntax;

    /// <summary>The <c>expect</c> keyword.</summary>
    public SyntaxToken ExpectKeyword { get; }

    /// <summary>What the plan must show.</summary>
    public ExpressionSyntax Condition { get; }

    /// <summary>Why, if given.</summary>
    public BecauseClauseSyntax? Because { get; }

    internal override int SlotCount => 3;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => ExpectKeyword,
        1 => Condition,
        2 => Because,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
