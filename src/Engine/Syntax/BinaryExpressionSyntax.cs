namespace Runbook.Engine.Syntax;

/// <summary><c>left operator right</c> for <c>and</c>, <c>or</c> and comparisons.</summary>
public sealed class BinaryExpressionSyntax : ExpressionSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public BinaryExpressionSyntax(
        ExpressionSyntax left,
        SyntaxToken operatorToken,
        ExpressionSyntax right)
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BinaryExpressionSyntax;

    /// <summary>The left operand.</summary>
    public ExpressionSyntax Left { get; }

    /// <summary>The operator.</summary>
    public SyntaxToken OperatorToken { get; }

    /// <summary>The right operand.</summary>
    public ExpressionSyntax Right { get; }

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Left;
            yield return OperatorToken;
            yield return Right;
        }
    }
}
