namespace Runbook.Engine.Syntax;

/// <summary>An expression: a literal, a reference, a call, a list or an operation.</summary>
public abstract class ExpressionSyntax : SyntaxNode
{
    private protected ExpressionSyntax()
    {
    }
}
