using System.Collections.Immutable;
using Runbook.Engine.Runtime;

namespace Runbook.Steps.Plugins.Rules;

/// <summary>
/// Sage's rules for linking an Intacct company to a Salesforce org (see DOMAIN.md): the same org type on both
/// sides, and one Intacct company per Salesforce org. Pure functions of what the connections observed and
/// declared; the functions <c>same_org_type</c> and <c>single_org_per_company</c> call them.
/// </summary>
public static class LinkRules
{
    /// <summary>
    /// True when both sides are sandboxes or both are production. Production with a sandbox, in either
    /// direction, is refused; so is a side that is neither (a scratch or trial org), which can be linked to
    /// nothing under these rules.
    /// </summary>
    public static RuleOutcome SameOrgType(SystemIdentity first, SystemIdentity second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);

        string reason;
        bool holds;
        if (!OrgTypes.IsKnown(first.OrgType) || !OrgTypes.IsKnown(second.OrgType))
        {
            var unknown = OrgTypes.IsKnown(first.OrgType) ? second : first;
            holds = false;
            reason = $"{unknown.Connection} is {OrgTypes.Describe(unknown.OrgType, unknown.OrgTypeNote)}, so it " +
                "has no org type to match.";
        }
        else if (first.OrgType == second.OrgType)
        {
            holds = true;
            reason = first.OrgType == OrgTypes.Sandbox
                ? $"{first.Connection} and {second.Connection} are both sandboxes."
                : $"{first.Connection} and {second.Connection} are both production.";
        }
        else
        {
            holds = false;
            reason = $"{first.Connection} is {OrgTypes.Describe(first.OrgType, null)} but {second.Connection} is " +
                $"{OrgTypes.Describe(second.OrgType, null)}; Intacct and Salesforce may only be linked production " +
                "to production or sandbox to sandbox.";
        }

        var source = first.OrgTypeSource == EvidenceSource.Declared || second.OrgTypeSource == EvidenceSource.Declared
            ? EvidenceSource.Declared
            : EvidenceSource.Observed;
        return new RuleOutcome(
            holds,
            reason,
            [first.TypeEvidence(), second.TypeEvidence(), new Evidence(Subject(first, second), reason, source)]);
    }

    /// <summary>
    /// True when the Salesforce org is linked to exactly this Intacct company and to no other. The org's links
    /// are observed (the company ids it records); the company's link to the org is declared, when the
    /// connection declares one, and must then name this org.
    /// </summary>
    /// <param name="company">The Intacct company.</param>
    /// <param name="declaredOrgId">The org the company's connection says it is linked to, or null.</param>
    /// <param name="org">The Salesforce org.</param>
    /// <param name="linkedCompanyIds">The Intacct company ids the org records as linked to it.</param>
    public static RuleOutcome SingleOrgPerCompany(
        SystemIdentity company,
        string? declaredOrgId,
        SystemIdentity org,
        IReadOnlyList<string> linkedCompanyIds)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(linkedCompanyIds);

        var linked = linkedCompanyIds.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var listed = linked.Length == 0 ? "no Intacct company" : string.Join(", ", linked);
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        evidence.Add(new Evidence(
            org.Connection,
            $"{org.Describe()} is linked to {listed} (ia_crm__Intacct_Entity__c)"));
        if (declaredOrgId is not null)
        {
            evidence.Add(new Evidence(
                company.Connection,
                $"{company.Describe()} is linked to Salesforce org {declaredOrgId} (salesforce_org_id)",
                EvidenceSource.Declared));
        }

        var others = linked.Where(id => !SameCompany(id, company.Id)).ToArray();
        var (holds, reason) = (declaredOrgId, linked.Any(id => SameCompany(id, company.Id)), others.Length) switch
        {
            ({ } declared, _, _) when !SameOrg(declared, org.Id) =>
                (false, $"{company.Connection} declares Salesforce org {declared}, but {org.Connection} is " +
                    $"{org.Describe()}."),
            (_, false, 0) =>
                (false, $"{org.Connection} ({org.Describe()}) is linked to no Intacct company, so " +
                    $"{company.Describe()} is not linked to it."),
            (_, false, _) =>
                (false, $"{org.Connection} ({org.Describe()}) is linked to {listed}, not to {company.Describe()}."),
            (_, true, > 0) =>
                (false, $"{org.Connection} ({org.Describe()}) is linked to {linked.Length} Intacct companies " +
                    $"({listed}); several Intacct companies cannot be connected to one Salesforce org."),
            _ => (true, $"{org.Connection} ({org.Describe()}) is linked to {company.Describe()} and to no other " +
                "company."),
        };

        evidence.Add(new Evidence(Subject(company, org), reason));
        return new RuleOutcome(holds, reason, evidence.ToImmutable());
    }

    // Intacct company ids are not case-sensitive at login.
    private static bool SameCompany(string left, string right) =>
        string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    // An 18-character id is the 15-character one plus a case checksum, so the first 15 characters decide.
    private static bool SameOrg(string left, string right) =>
        string.Equals(left[..Math.Min(15, left.Length)], right[..Math.Min(15, right.Length)], StringComparison.Ordinal);

    private static string Subject(SystemIdentity first, SystemIdentity second) =>
        $"{first.Connection}, {second.Connection}";
}
