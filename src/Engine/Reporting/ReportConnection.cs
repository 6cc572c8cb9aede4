using System.Collections.Immutable;

namespace Runbook.Engine.Reporting;

/// <summary>A connection's identity as observed when planning.</summary>
/// <param name="Name">The connection's name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Id">The org or company id.</param>
/// <param name="Target">The target identity it is locked under (<c>kind:id</c>).</param>
public sealed record ReportConnection(string Name, string Kind, string Id, string Target)
{
    /// <summary>sandbox or production, when known.</summary>
    public string? OrgType { get; init; }

    /// <summary>Other facts about it.</summary>
    public ImmutableArray<ReportNamedValue> Facts { get; init; } = [];

    /// <summary>How the identity was established.</summary>
    public ImmutableArray<ReportEvidence> Evidence { get; init; } = [];
}
