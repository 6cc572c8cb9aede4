namespace Runbook.Engine.Syntax;

/// <summary>The <c>param</c> keyword as the root of <c>param.name</c>.</summary>
public sealed class ParamRootExpressionSyntax : ExpressionSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public ParamRootExpressionSyntax(
        SyntaxToken paramKeyword)
    {
        ParamKeyword = paramKeyword;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ParamRootExpressionSyntax;

    /// <summary>The <c>param</c> keyword.</summary>
    public SyntaxToken ParamKeyword { get; }

    internal override int SlotCount => 1;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => ParamKeyword,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
