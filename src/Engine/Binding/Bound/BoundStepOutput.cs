using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary><c>steps.NAME.OUTPUT</c>: planned during a dry run, actual during execution.</summary>
public sealed class BoundStepOutput : BoundExpression
{
    internal BoundStepOutput(ExpressionSyntax syntax, StepSymbol step, string output, RunbookType type)
        : base(syntax)
    {
        Type = type;
        Step = step;
        Output = output;
    }

    /// <inheritdoc />
    public override RunbookType Type { get; }

    /// <summary>The step that produces the value.</summary>
    public StepSymbol Step { get; }

    /// <summary>The output's name.</summary>
    public string Output { get; }
}
