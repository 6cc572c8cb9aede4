using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

/// <summary><c>plan { properties and expectations }</c></summary>
public sealed class PlanBlockSyntax : MemberSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public PlanBlockSyntax(
        SyntaxToken planKeyword,
        SyntaxToken openBrace,
        ImmutableArray<MemberSyntax> members,
        SyntaxToken closeBrace)
    {
        PlanKeyword = planKeyword;
        OpenBrace = openBrace;
        Members = members;
        CloseBrace = closeBrace;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.PlanBlockSyntax;

    /// <summary>The <c>plan</c> keyword.</summary>
    public SyntaxToken PlanKeyword { get; }

    /// <summary>The opening brace.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>Properties and <c>expect</c> declarations.</summary>
    public ImmutableArray<MemberSyntax> Members { get; }

    /// <summary>The closing brace.</summary>
    public SyntaxToken CloseBrace { get; }

    internal override int SlotCount => Members.Length + 3;

    // The keyword, the opening brace, the members, the closing brace.
    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => PlanKeyword,
        1 => OpenBrace,
        _ when index < Members.Length + 2 => Members[index - 2],
        _ => CloseBrace,
    };
}
