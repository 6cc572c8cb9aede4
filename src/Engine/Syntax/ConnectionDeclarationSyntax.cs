namespace Runbook.Engine.Syntax;

/// <summary><c>connection name: kind { properties }</c></summary>
public sealed class ConnectionDeclarationSyntax : MemberSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public ConnectionDeclarationSyntax(
        SyntaxToken connectionKeyword,
        SyntaxToken name,
        SyntaxToken colon,
        KindNameSyntax kindName,
        BlockSyntax body)
    {
        ConnectionKeyword = connectionKeyword;
        Name = name;
        Colon = colon;
        KindName = kindName;
        Body = body;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ConnectionDeclarationSyntax;

    /// <summary>The <c>connection</c> keyword.</summary>
    public SyntaxToken ConnectionKeyword { get; }

    /// <summary>The connection's name.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The colon.</summary>
    public SyntaxToken Colon { get; }

    /// <summary>The connection kind.</summary>
    public KindNameSyntax KindName { get; }

    /// <summary>The attributes.</summary>
    public BlockSyntax Body { get; }

    internal override int SlotCount => 5;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => ConnectionKeyword,
        1 => Name,
        2 => Colon,
        3 => KindName,
        4 => Body,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
