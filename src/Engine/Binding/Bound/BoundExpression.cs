using System.Collections.Immutable;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary>An expression after binding: its names resolved to symbols and its type known.</summary>
public abstract class BoundExpression
{
    private protected BoundExpression(ExpressionSyntax syntax) => Syntax = syntax;

    /// <summary>The expression as written.</summary>
    public ExpressionSyntax Syntax { get; }

    /// <summary>The type of its value.</summary>
    /// <remarks>
    /// Most kinds of expression know their type (a not is a bool) or read it from their symbol, so only the
    /// others keep one: a field in every node of the bound tree made it an eighth larger.
    /// </remarks>
    public abstract RunbookType Type { get; }

    /// <summary>True when the value comes, wholly or partly, from <c>secret(...)</c>.</summary>
    public virtual bool IsSecret => false;

    /// <summary>The expressions directly inside this one.</summary>
    /// <remarks>
    /// Overrides give <c>[]</c> when there are none rather than an empty immutable array, which would be
    /// boxed: checks walk the operands of every value in a file, and most have none.
    /// </remarks>
    public virtual IEnumerable<BoundExpression> Operands => [];

    /// <summary>How many expressions are directly inside this one.</summary>
    /// <remarks>
    /// With <see cref="GetOperand"/>, for walks over every value of a file: <see cref="Operands"/> boxes an
    /// immutable array or makes a new one on every call, and its enumerator is one more object.
    /// </remarks>
    internal virtual int OperandCount => 0;

    /// <summary>The expression at <paramref name="index"/> of <see cref="Operands"/>.</summary>
    internal virtual BoundExpression GetOperand(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>True when any of <paramref name="expressions"/> is secret; a loop, where LINQ would box them.</summary>
    private protected static bool AnyIsSecret(ImmutableArray<BoundExpression> expressions)
    {
        foreach (var expression in expressions)
        {
            if (expression.IsSecret)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>This expression and every expression inside it.</summary>
    public IEnumerable<BoundExpression> DescendantsAndSelf()
    {
        var stack = new Stack<BoundExpression>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var expression = stack.Pop();
            yield return expression;
            foreach (var operand in expression.Operands.Reverse())
            {
                stack.Push(operand);
            }
        }
    }
}
