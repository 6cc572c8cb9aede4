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

    internal override int SlotCount => Arguments.Length + 3;

    // The target, the opening parenthesis, the arguments, the closing parenthesis.
    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Target,
        1 => OpenParen,
        _ when index < Arguments.Length + 2 => Arguments[index - 2],
        _ => CloseParen,
    };
}
