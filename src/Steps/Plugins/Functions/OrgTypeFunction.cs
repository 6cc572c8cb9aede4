using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;

namespace Runbook.Steps.Plugins.Functions;

/// <summary>
/// <c>org_type(c)</c>: "sandbox" or "production". A Salesforce scratch or trial org is neither and gives
/// "scratch" or "trial"; an Intacct company's type is declared (or inferred from its id), never observed.
/// </summary>
public sealed class OrgTypeFunction : FunctionPlugin
{
    /// <inheritdoc />
    public override FunctionSchema Schema { get; } = new(
        "org_type",
        "\"sandbox\" or \"production\" (\"scratch\" or \"trial\" for Salesforce orgs that are neither).",
        [new ParameterSchema("c", RunbookType.AnyConnection, "A salesforce or intacct connection.")],
        RunbookType.String);

    /// <inheritdoc />
    public override Task<FunctionResult> InvokeAsync(
        FunctionContext context,
        ImmutableArray<object?> arguments,
        CancellationToken cancellationToken)
    {
        var handle = FunctionArguments.Connection(arguments, 0, "org_type");
        var type = FunctionArguments.OrgTypeName(handle)
            ?? throw new EvaluationException(
                $"org_type: connection '{handle.Name}' ({handle.Kind}) has no sandbox or production type.");
        return Task.FromResult(new FunctionResult(type, handle.Identity.Evidence));
    }
}
