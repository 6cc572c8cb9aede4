using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

/// <summary>The braces and properties of a connection or a step.</summary>
public sealed class BlockSyntax : SyntaxNode
{
    /// <summary>Creates the node from its parts.</summary>
    public BlockSyntax(
        SyntaxToken openBrace,
        ImmutableArray<MemberSyntax> members,
        SyntaxToken closeBrace)
    {
        OpenBrace = openBrace;
        Members = members;
        CloseBrace = closeBrace;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BlockSyntax;

    /// <summary>The opening brace.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The properties (and anything skipped among them).</summary>
    public ImmutableArray<MemberSyntax> Members { get; }

    /// <summary>The closing brace.</summary>
    public SyntaxToken CloseBrace { get; }

    /// <summary>The block's properties, without skipped tokens.</summary>
    public IEnumerable<PropertySyntax> Properties => Members.OfType<PropertySyntax>();

    internal override int SlotCount => Members.Length + 2;

    // The opening brace, the members, the closing brace.
    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => OpenBrace,
        _ when index < Members.Length + 1 => Members[index - 1],
        _ => CloseBrace,
    };
}
