namespace Runbook.Engine.Syntax;

/// <summary><c>step name: kind "title" { properties }</c></summary>
public sealed class StepDeclarationSyntax : MemberSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public StepDeclarationSyntax(
        SyntaxToken stepKeyword,
        SyntaxToken name,
        SyntaxToken colon,
        KindNameSyntax kindName,
        StringExpressionSyntax? title,
        BlockSyntax body)
    {
        StepKeyword = stepKeyword;
        Name = name;
        Colon = colon;
        KindName = kindName;
        Title = title;
        Body = body;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.StepDeclarationSyntax;

    /// <summary>The <c>step</c> keyword.</summary>
    public SyntaxToken StepKeyword { get; }

    /// <summary>The step's name.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The colon.</summary>
    public SyntaxToken Colon { get; }

    /// <summary>The step kind.</summary>
    public KindNameSyntax KindName { get; }

    /// <summary>The human title, if any.</summary>
    public StringExpressionSyntax? Title { get; }

    /// <summary>The attributes.</summary>
    public BlockSyntax Body { get; }

    internal override int SlotCount => 6;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => StepKeyword,
        1 => Name,
        2 => Colon,
        3 => KindName,
        4 => Title,
        5 => Body,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
