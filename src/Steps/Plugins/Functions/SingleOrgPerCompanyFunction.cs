using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Steps.Plugins.Intacct;
using Runbook.Steps.Plugins.Rules;
using Runbook.Steps.Plugins.Salesforce;

namespace Runbook.Steps.Plugins.Functions;

/// <summary>
/// <c>single_org_per_company(intacct, salesforce)</c>: Sage's rule that one Salesforce org is connected to one
/// Intacct company. Reads the companies the org records as linked; uses the company's declared org when it has
/// one. See <see cref="LinkRules.SingleOrgPerCompany"/>.
/// </summary>
public sealed class SingleOrgPerCompanyFunction : FunctionPlugin
{
    /// <inheritdoc />
    public override FunctionSchema Schema { get; } = new(
        "single_org_per_company",
        "True when the Salesforce org is linked to this Intacct company and to no other.",
        [
            new ParameterSchema("intacct", RunbookType.Connection("intacct"), "The Intacct company."),
            new ParameterSchema("salesforce", RunbookType.Connection("salesforce"), "The Salesforce org."),
        ],
        RunbookType.Bool);

    /// <inheritdoc />
    public override async Task<FunctionResult> InvokeAsync(
        FunctionContext context,
        ImmutableArray<object?> arguments,
        CancellationToken cancellationToken)
    {
        const string Name = "single_org_per_company";
        var company = FunctionArguments.Connection<IntacctHandle>(arguments, 0, Name, "intacct");
        var org = FunctionArguments.Connection<SalesforceHandle>(arguments, 1, Name, "salesforce");
        var linked = await org.GetLinkedCompaniesAsync(cancellationToken).ConfigureAwait(false);

        var outcome = LinkRules.SingleOrgPerCompany(
            company.System, company.DeclaredSalesforceOrgId, org.System, linked);
        return new FunctionResult(
            outcome.Holds,
            [company.System.TypeEvidence(), org.System.TypeEvidence(), .. outcome.Evidence]);
    }
}
