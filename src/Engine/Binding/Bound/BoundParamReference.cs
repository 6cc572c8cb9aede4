using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary><c>param.NAME</c></summary>
public sealed class BoundParamReference : BoundExpression
{
    internal BoundParamReference(ExpressionSyntax syntax, ParamSymbol param)
        : base(syntax) => Param = param;

    /// <inheritdoc />
    public override RunbookType Type => Param.Type;

    /// <summary>The param referred to.</summary>
    public ParamSymbol Param { get; }
}
