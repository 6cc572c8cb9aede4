using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Steps.Plugins.Rules;

namespace Runbook.Steps.Plugins.Functions;

/// <summary>
/// <c>same_org_type(a, b)</c>: Sage's rule that Intacct and Salesforce are linked production to production or
/// sandbox to sandbox, for any mix of salesforce and intacct connections. See <see cref="LinkRules.SameOrgType"/>.
/// </summary>
public sealed class SameOrgTypeFunction : FunctionPlugin
{
    /// <inheritdoc />
    public override FunctionSchema Schema { get; } = new(
        "same_org_type",
        "True when both connections are sandboxes or both are production.",
        [
            new ParameterSchema("a", RunbookType.AnyConnection, "A salesforce or intacct connection."),
            new ParameterSchema("b", RunbookType.AnyConnection, "Another one."),
        ],
        RunbookType.Bool);

    /// <inheritdoc />
    public override Task<FunctionResult> InvokeAsync(
        FunctionContext context,
        ImmutableArray<object?> arguments,
        CancellationToken cancellationToken)
    {
        var first = FunctionArguments.Connection(arguments, 0, "same_org_type");
        var second = FunctionArguments.Connection(arguments, 1, "same_org_type");
        var outcome = LinkRules.SameOrgType(FunctionArguments.System(first), FunctionArguments.System(second));
        return Task.FromResult(new FunctionResult(outcome.Holds, outcome.Evidence));
    }
}
