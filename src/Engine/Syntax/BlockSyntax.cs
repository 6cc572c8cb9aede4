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

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return OpenBrace;

            foreach (var element in Members)
            {
                yield return element;
            }

            yield return CloseBrace;
        }
    }
}
