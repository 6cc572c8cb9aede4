using System.Collections.Immutable;

namespace Runbook.Engine.Reporting;

/// <summary>A <c>require</c>, with its result when planning and each time it was checked when applying.</summary>
/// <param name="Condition">The condition as written.</param>
public sealed record ReportPrecondition(string Condition)
{
    /// <summary>Its reason, if given.</summary>
    public string? Because { get; init; }

    /// <summary>Its result when planning; null for a check the plan does not list.</summary>
    public ReportCheck? Planned { get; init; }

    /// <summary>
    /// Each check when applying (a start, then each resume), in order; empty when none was recorded.
    /// </summary>
    public ImmutableArray<ReportCheck> Applied { get; init; } = [];
}
