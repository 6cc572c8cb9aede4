using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Steps.Plugins.Salesforce;

namespace Runbook.Steps.Plugins.Functions;

/// <summary><c>record_count(c, object [, where])</c>: how many records match, with one COUNT() query.</summary>
public sealed class RecordCountFunction : FunctionPlugin
{
    /// <inheritdoc />
    public override FunctionSchema Schema { get; } = new(
        "record_count",
        "The number of records of an object in a Salesforce org, optionally only those matching a condition.",
        [
            new ParameterSchema("c", RunbookType.Connection("salesforce"), "The org."),
            new ParameterSchema("object", RunbookType.String, "The sObject API name, such as Account."),
            new ParameterSchema("where", RunbookType.String, "A SOQL condition, without WHERE.") { Optional = true },
        ],
        RunbookType.Int);

    /// <inheritdoc />
    public override async Task<FunctionResult> InvokeAsync(
        FunctionContext context,
        ImmutableArray<object?> arguments,
        CancellationToken cancellationToken)
    {
        var org = FunctionArguments.Connection<SalesforceHandle>(arguments, 0, "record_count", "salesforce");
        var objectName = FunctionArguments.Text(arguments, 1, "record_count");
        var where = FunctionArguments.OptionalText(arguments, 2);
        if (SalesforceNames.ObjectNameProblem(objectName) is { } nameProblem)
        {
            throw new EvaluationException(
                $"record_count: '{objectName}' is not a valid Salesforce API name: {nameProblem}.");
        }

        if (where is not null && SalesforceNames.ConditionProblem(where) is { } conditionProblem)
        {
            throw new EvaluationException($"record_count: 'where' must be a SOQL condition: {conditionProblem}.");
        }

        var soql = SalesforceNames.CountQuery(objectName, where);
        var count = await org.Api.CountAsync(soql, cancellationToken).ConfigureAwait(false);
        var evidence = new Evidence(
            org.Name,
            $"{Counts.Of(count, objectName + " record")} in org {org.Org.Id} ({org.OrgTypeName}): {soql}");
        return new FunctionResult(count, [evidence]);
    }
}
