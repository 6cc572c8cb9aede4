namespace Runbook.Steps.Salesforce;

/// <summary>The org a session is connected to, from its <c>Organization</c> record.</summary>
/// <param name="Id">The org id.</param>
/// <param name="Name">The org's name.</param>
/// <param name="IsSandbox">Salesforce's <c>IsSandbox</c>.</param>
/// <param name="OrganizationType">The edition, such as <c>Enterprise Edition</c>.</param>
/// <param name="TrialExpirationDate">When a trial or scratch org expires; null for sandboxes and production.</param>
public sealed record OrgIdentity(
    string Id,
    string Name,
    bool IsSandbox,
    string OrganizationType,
    DateTimeOffset? TrialExpirationDate)
{
    /// <summary>The SOQL that reads the identity.</summary>
    public const string Soql = "SELECT Id, Name, IsSandbox, OrganizationType, TrialExpirationDate FROM Organization";

    /// <summary>What kind of org this is.</summary>
    public OrgKind Kind => Classify(IsSandbox, TrialExpirationDate);

    /// <summary>
    /// A sandbox has <c>IsSandbox</c> true and no trial expiry; a scratch org is a sandbox with a trial expiry.
    /// </summary>
    public static OrgKind Classify(bool isSandbox, DateTimeOffset? trialExpirationDate) =>
        (isSandbox, trialExpirationDate is null) switch
        {
            (true, true) => OrgKind.Sandbox,
            (true, false) => OrgKind.Scratch,
            (false, true) => OrgKind.Production,
            (false, false) => OrgKind.Trial,
        };
}
