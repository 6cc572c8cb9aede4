using System.Collections.Immutable;

namespace Runbook.Engine.Reporting;

/// <summary>A drift check before a mutating step.</summary>
/// <param name="At">When.</param>
/// <param name="Drifted">True when the world had moved beyond the plan's tolerance, which stops the run.</param>
/// <param name="Message">The check's result in a sentence.</param>
public sealed record ReportDriftCheck(string At, bool Drifted, string Message)
{
    /// <summary>The step it guarded, when known.</summary>
    public string? Step { get; init; }

    /// <summary>Each difference found.</summary>
    public ImmutableArray<string> Differences { get; init; } = [];
}
