using System.Collections.Immutable;
using Runbook.Engine.Plugins;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary>A call of a function, evaluated against live connections when the runbook plans.</summary>
public sealed class BoundCall : BoundExpression
{
    internal BoundCall(
        CallExpressionSyntax syntax,
        string functionName,
        FunctionSchema? function,
        ImmutableArray<BoundExpression> arguments,
        RunbookType type)
        : base(syntax)
    {
        Type = type;
        FunctionName = functionName;
        Function = function;
        Arguments = arguments;
    }

    /// <inheritdoc />
    public override RunbookType Type { get; }

    /// <summary>The function's name as written.</summary>
    public string FunctionName { get; }

    /// <summary>The function's schema, when the catalogue knows it.</summary>
    public FunctionSchema? Function { get; }

    /// <summary>The arguments, in order.</summary>
    public ImmutableArray<BoundExpression> Arguments { get; }

    /// <inheritdoc />
    public override bool IsSecret => Function?.ReturnsSecret ?? FunctionName == "secret";

    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Operands => Arguments.IsEmpty ? [] : Arguments;

    internal override int OperandCount => Arguments.Length;

    internal override BoundExpression GetOperand(int index) => Arguments[index];
}
