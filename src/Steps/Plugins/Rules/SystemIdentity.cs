using Runbook.Engine.Runtime;

namespace Runbook.Steps.Plugins.Rules;

/// <summary>
/// One side of an Intacct-Salesforce link, as the domain rules see it: which connection, which org or company,
/// and whether it is a sandbox or production. The rules are pure functions over these, so they can be tested
/// without any system.
/// </summary>
/// <param name="Connection">The connection's name in the runbook, e.g. <c>crm</c>.</param>
/// <param name="Kind">The connection kind: <c>salesforce</c>, <c>intacct</c>, or a plugin's own.</param>
/// <param name="Id">The org id or company id.</param>
/// <param name="OrgType">
/// <see cref="OrgTypes.Sandbox"/>, <see cref="OrgTypes.Production"/>, or null when neither.
/// </param>
public sealed record SystemIdentity(string Connection, string Kind, string Id, string? OrgType)
{
    /// <summary>Whether the type was read from the system or only declared (as an Intacct company's is).</summary>
    public EvidenceSource OrgTypeSource { get; init; } = EvidenceSource.Observed;

    /// <summary>Where the type comes from or why there is none, e.g. "scratch org" or "company_type".</summary>
    public string? OrgTypeNote { get; init; }

    /// <summary>What the id names: "org" for Salesforce, "company" for Intacct.</summary>
    public string Noun => Kind switch
    {
        "salesforce" => "org",
        "intacct" => "company",
        _ => "system",
    };

    /// <summary>E.g. "org 00D5g0000001AbC" or "company acme-sandbox".</summary>
    public string Describe() => $"{Noun} {Id}";

    /// <summary>The evidence for this side's type, marked declared when it was not observed.</summary>
    public Evidence TypeEvidence()
    {
        var note = OrgTypes.IsKnown(OrgType) && OrgTypeNote is { } source ? $" ({source})" : "";
        return new Evidence(
            Connection,
            $"{Kind} {Describe()} is {OrgTypes.Describe(OrgType, OrgTypeNote)}{note}",
            OrgTypeSource);
    }
}
