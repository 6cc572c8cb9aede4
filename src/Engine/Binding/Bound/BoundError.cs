using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary>An expression that could not be bound; its error has been reported.</summary>
public sealed class BoundError : BoundExpression
{
    internal BoundError(ExpressionSyntax syntax)
        : base(syntax)
    {
    }

    /// <inheritdoc />
    public override RunbookType Type => RunbookType.Error;
}
