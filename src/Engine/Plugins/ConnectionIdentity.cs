using System.Collections.Immutable;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Plugins;

/// <summary>
/// Who a connection turned out to be: the org or company id and its type, as observed when it was opened.
/// Plans record identities and apply refuses when they differ, so a plan can only run against the systems
/// it was made for.
/// </summary>
/// <param name="Id">The system's own id, e.g. a Salesforce org id or an Intacct company id.</param>
/// <param name="OrgType"><c>sandbox</c> or <c>production</c>, when the system has such a notion.</param>
/// <param name="Evidence">How the identity was established.</param>
public sealed record ConnectionIdentity(string Id, string? OrgType, ImmutableArray<Evidence> Evidence)
{
    /// <summary>Other facts worth recording (instance, user, API version); never secrets.</summary>
    public ImmutableSortedDictionary<string, string> Facts { get; init; } =
        ImmutableSortedDictionary<string, string>.Empty;
}
