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

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return ConnectionKeyword;
            yield return Name;
            yield return Colon;
            yield return KindName;
            yield return Body;
        }
    }
}
