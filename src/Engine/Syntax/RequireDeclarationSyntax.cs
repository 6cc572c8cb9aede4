namespace Runbook.Engine.Syntax;

/// <summary><c>require condition because "reason"</c></summary>
public sealed class RequireDeclarationSyntax : MemberSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public RequireDeclarationSyntax(
        SyntaxToken requireKeyword,
        ExpressionSyntax condition,
        BecauseClauseSyntax? because)
    {
        RequireKeyword = requireKeyword;
        Condition = condition;
        Because = because;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.RequireDeclarationSyntax;

    /// <summary>The <c>require</c> keyword.</summary>
    public SyntaxToken RequireKeyword { get; }

    /// <summary>The precondition.</summary>
    public ExpressionSyntax Condition { get; }

    /// <summary>Why it must hold, if given.</summary>
    public BecauseClauseSyntax? Because { get; }

    internal override int SlotCount => 3;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => RequireKeyword,
        1 => Condition,
        2 => Because,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
