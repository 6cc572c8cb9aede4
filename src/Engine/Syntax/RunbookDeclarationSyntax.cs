using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

/// <summary><c>runbook "name" { members }</c></summary>
public sealed class RunbookDeclarationSyntax : SyntaxNode
{
    /// <summary>Creates the node from its parts.</summary>
    public RunbookDeclarationSyntax(
        SyntaxToken runbookKeyword,
        StringExpressionSyntax name,
        SyntaxToken openBrace,
        ImmutableArray<MemberSyntax> members,
        SyntaxToken closeBrace)
    {
        RunbookKeyword = runbookKeyword;
        Name = name;
        OpenBrace = openBrace;
        Members = members;
        CloseBrace = closeBrace;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.RunbookDeclarationSyntax;

    /// <summary>The <c>runbook</c> keyword.</summary>
    public SyntaxToken RunbookKeyword { get; }

    /// <summary>The runbook's name.</summary>
    public StringExpressionSyntax Name { get; }

    /// <summary>The opening brace.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>Properties, params, connections, requirements, steps and the plan block, in order.</summary>
    public ImmutableArray<MemberSyntax> Members { get; }

    /// <summary>The closing brace.</summary>
    public SyntaxToken CloseBrace { get; }

    internal override int SlotCount => Members.Length + 4;

    // The keyword, the name, the opening brace, the members, the closing brace.
    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => RunbookKeyword,
        1 => Name,
        2 => OpenBrace,
        _ when index < Members.Length + 3 => Members[index - 3],
        _ => CloseBrace,
    };
}
