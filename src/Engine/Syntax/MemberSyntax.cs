namespace Runbook.Engine.Syntax;

/// <summary>Something that can stand in a block: a property, a declaration, or skipped tokens.</summary>
public abstract class MemberSyntax : SyntaxNode
{
    private protected MemberSyntax()
    {
    }
}
