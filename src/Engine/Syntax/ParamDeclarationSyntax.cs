namespace Runbook.Engine.Syntax;

/// <summary><c>param name: type = default</c></summary>
public sealed class ParamDeclarationSyntax : MemberSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public ParamDeclarationSyntax(
        SyntaxToken paramKeyword,
        SyntaxToken name,
        SyntaxToken colon,
        TypeSyntax type,
        DefaultValueSyntax? defaultValue)
    {
        ParamKeyword = paramKeyword;
        Name = name;
        Colon = colon;
        Type = type;
        Default = defaultValue;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ParamDeclarationSyntax;

    /// <summary>The <c>param</c> keyword.</summary>
    public SyntaxToken ParamKeyword { get; }

    /// <summary>The param's name.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The colon.</summary>
    public SyntaxToken Colon { get; }

    /// <summary>The declared type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The default value, if any.</summary>
    public DefaultValueSyntax? Default { get; }

    internal override int SlotCount => 5;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => ParamKeyword,
        1 => Name,
        2 => Colon,
        3 => Type,
        4 => Default,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
