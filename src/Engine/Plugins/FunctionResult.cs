using System.Collections.Immutable;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Plugins;

/// <summary>A function's value and the evidence it looked at.</summary>
/// <param name="Value">The value, of the schema's return type.</param>
/// <param name="Evidence">The facts it looked at; they go into the plan and the report.</param>
public sealed record FunctionResult(object? Value, ImmutableArray<Evidence> Evidence)
{
    /// <summary>A value with no evidence (for functions that read no live system).</summary>
    public static FunctionResult Of(object? value) => new(value, []);
}
