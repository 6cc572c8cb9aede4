using System.Globalization;
using Runbook.Steps.Plugins.Rules;
using Runbook.Steps.Salesforce;

namespace Runbook.Steps.Plugins.Salesforce;

/// <summary>
/// The org type of a Salesforce org by the rule the Salesforce CLI uses: a sandbox has IsSandbox true and no
/// TrialExpirationDate; production has neither. A scratch org (a sandbox with a trial date) and a trial org are
/// neither, and the linking rules treat them so.
/// </summary>
public static class SalesforceOrgTypes
{
    /// <summary><c>sandbox</c>, <c>production</c>, or null for a scratch or trial org.</summary>
    public static string? OrgType(OrgIdentity org)
    {
        ArgumentNullException.ThrowIfNull(org);
        return org.Kind switch
        {
            OrgKind.Sandbox => OrgTypes.Sandbox,
            OrgKind.Production => OrgTypes.Production,
            _ => null,
        };
    }

    /// <summary>What <c>org_type(c)</c> returns: the type, or <c>scratch</c> or <c>trial</c> for the others.</summary>
    public static string Name(OrgIdentity org)
    {
        ArgumentNullException.ThrowIfNull(org);
        return OrgType(org) ?? (org.Kind == OrgKind.Scratch ? "scratch" : "trial");
    }

    /// <summary>The observed fields behind the type, as evidence writes them.</summary>
    public static string Fields(OrgIdentity org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var trial = org.TrialExpirationDate is { } date
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : "null";
        return $"IsSandbox = {(org.IsSandbox ? "true" : "false")}, TrialExpirationDate = {trial}";
    }

    /// <summary>Why an org is neither type, or null when it is one of them.</summary>
    public static string? NeitherNote(OrgIdentity org)
    {
        ArgumentNullException.ThrowIfNull(org);
        return org.Kind switch
        {
            OrgKind.Scratch => "a scratch org: IsSandbox with a trial expiry date",
            OrgKind.Trial => "a trial org: not a sandbox, but with a trial expiry date",
            _ => null,
        };
    }
}
