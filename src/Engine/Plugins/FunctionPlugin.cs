using System.Collections.Immutable;

namespace Runbook.Engine.Plugins;

/// <summary>A function such as <c>org_type(c)</c>, evaluated against live connections when a runbook plans.</summary>
public abstract class FunctionPlugin
{
    /// <summary>The function's name, parameters, return type and docs.</summary>
    public abstract FunctionSchema Schema { get; }

    /// <summary>Computes the value; connections among the arguments are read-only handles while planning.</summary>
    public abstract Task<FunctionResult> InvokeAsync(
        FunctionContext context,
        ImmutableArray<object?> arguments,
        CancellationToken cancellationToken);
}
