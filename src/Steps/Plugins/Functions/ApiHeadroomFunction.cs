using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Steps.Plugins.Salesforce;

namespace Runbook.Steps.Plugins.Functions;

/// <summary><c>api_headroom(c)</c>: the API calls left in the org's rolling 24-hour allocation.</summary>
public sealed class ApiHeadroomFunction : FunctionPlugin
{
    /// <inheritdoc />
    public override FunctionSchema Schema { get; } = new(
        "api_headroom",
        "The API requests left in the Salesforce org's rolling 24-hour allocation (DailyApiRequests.Remaining).",
        [new ParameterSchema("c", RunbookType.Connection("salesforce"), "The org.")],
        RunbookType.Int);

    /// <inheritdoc />
    public override async Task<FunctionResult> InvokeAsync(
        FunctionContext context,
        ImmutableArray<object?> arguments,
        CancellationToken cancellationToken)
    {
        var org = FunctionArguments.Connection<SalesforceHandle>(arguments, 0, "api_headroom", "salesforce");
        var limits = await org.GetLimitsAsync(cancellationToken).ConfigureAwait(false);

        // The limits resource is the documented source; the header of the same response is the fallback.
        var (remaining, max, source) = limits.DailyApiRequests is { } daily
            ? (daily.Remaining, daily.Max, "limits DailyApiRequests")
            : org.LatestApiUsage is { } usage
                ? (usage.Remaining, usage.Limit, "Sforce-Limit-Info")
                : throw new EvaluationException($"api_headroom: org {org.Org.Id} reported no daily API allocation.");

        var evidence = new Evidence(
            org.Name,
            $"org {org.Org.Id} ({org.OrgTypeName}): {Counts.Format(remaining)} of {Counts.Format(max)} API " +
            $"requests left in the rolling 24 hours ({source})");
        return new FunctionResult(remaining, [evidence]);
    }
}
