using System.Collections.Immutable;

namespace Runbook.Engine.Reporting;

/// <summary>One evaluation of a condition.</summary>
/// <param name="Condition">The condition as written.</param>
/// <param name="Result">True when it held.</param>
/// <param name="Verdict"><c>holds</c>, <c>does not hold</c> or <c>could not be evaluated</c>.</param>
public sealed record ReportCheck(string Condition, bool Result, string Verdict)
{
    /// <summary>When it was evaluated, when known.</summary>
    public string? At { get; init; }

    /// <summary>Its reason, if given.</summary>
    public string? Because { get; init; }

    /// <summary>Why it could not be evaluated.</summary>
    public string? Error { get; init; }

    /// <summary>What the functions in it looked at.</summary>
    public ImmutableArray<ReportEvidence> Evidence { get; init; } = [];
}
