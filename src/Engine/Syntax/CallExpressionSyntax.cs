using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

/// <summary><c>function(arguments)</c></summary>
public sealed class CallExpressionSyntax : ExpressionSyntax
{
    /// <summary>Creates the node from its parts.</summary>
    public CallExpressionSyntax(
        ExpressionSyntax target,
        SyntaxToken openParen,
        ImmutableArray<ArgumentSyntax> arguments,
        SyntaxToken closeParen)
    {
        Target = target;
        OpenParen = openParen;
        Arguments = arguments;
        CloseParen = closeParen;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.CallExpressionSyntax;

    /// <summary>What is called.</summary>
    public ExpressionSyntax Target { get; }

    /// <summary>The opening parenthesis.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The arguments.</summary>
    public ImmutableArray<ArgumentSyntax> Arguments { get; }

    /// <summary>The closing parenthesis.</summary>
    public SyntaxToken CloseParen { get; }

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Target;
            yield return OpenParen;

            foreach (var element in Arguments)
            {
                yield return element;
            }

            yield return CloseParen;
        }
    }
}
