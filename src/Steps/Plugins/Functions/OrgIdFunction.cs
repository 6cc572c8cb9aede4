using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;

namespace Runbook.Steps.Plugins.Functions;

/// <summary><c>org_id(c)</c>: the Salesforce org id, or the Intacct company id, the connection reached.</summary>
public sealed class OrgIdFunction : FunctionPlugin
{
    /// <inheritdoc />
    public override FunctionSchema Schema { get; } = new(
        "org_id",
        "The Salesforce org id or the Intacct company id the connection reached.",
        [new ParameterSchema("c", RunbookType.AnyConnection, "A salesforce or intacct connection.")],
        RunbookType.String);

    /// <inheritdoc />
    public override Task<FunctionResult> InvokeAsync(
        FunctionContext context,
        ImmutableArray<object?> arguments,
        CancellationToken cancellationToken)
    {
        var handle = FunctionArguments.Connection(arguments, 0, "org_id");
        return Task.FromResult(new FunctionResult(handle.Identity.Id, handle.Identity.Evidence));
    }
}
