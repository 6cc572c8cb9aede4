using System.Collections.Immutable;

namespace Runbook.Engine.Reporting;

/// <summary>
/// Everything an audit report shows about one run. Templates see it under the snake_case names of its members
/// (<c>run.started_at</c>) and <c>--format json</c> writes it with the same names; docs/report-model.md lists
/// them all. Every text is final: times in UTC as <c>2025-03-01 10:00:00Z</c>, durations as <c>1h 02m 03s</c>,
/// values as the language writes them, and anything that looks like a secret already masked as <c>***</c>.
/// </summary>
/// <param name="GeneratedAt">When the report was made.</param>
/// <param name="Run">The run.</param>
/// <param name="Runbook">The runbook it ran.</param>
/// <param name="Plan">The approved plan and its approvals.</param>
/// <param name="Outcome">How the run ended, and how to resume it if it did not succeed.</param>
public sealed record ReportModel(
    string GeneratedAt,
    ReportRun Run,
    ReportRunbook Runbook,
    ReportPlan Plan,
    ReportOutcome Outcome)
{
    /// <summary>The identities of the systems the run locked (<c>salesforce:00D...</c>).</summary>
    public ImmutableArray<string> Targets { get; init; } = [];

    /// <summary>Who each connection turned out to be when planning.</summary>
    public ImmutableArray<ReportConnection> Connections { get; init; } = [];

    /// <summary>The params the plan was made with.</summary>
    public ImmutableArray<ReportParameter> Parameters { get; init; } = [];

    /// <summary>Each precondition, checked when planning and (if recorded) when applying.</summary>
    public ImmutableArray<ReportPrecondition> Preconditions { get; init; } = [];

    /// <summary>Each expect of the plan block, as evaluated when planning.</summary>
    public ImmutableArray<ReportCheck> Expectations { get; init; } = [];

    /// <summary>Every step in run order.</summary>
    public ImmutableArray<ReportStep> Steps { get; init; } = [];

    /// <summary>Every answer a person gave to a manual step, in order.</summary>
    public ImmutableArray<ReportConfirmation> Confirmations { get; init; } = [];

    /// <summary>Every drift check before a mutating step, in order.</summary>
    public ImmutableArray<ReportDriftCheck> DriftChecks { get; init; } = [];

    /// <summary>The run's whole event log, in order.</summary>
    public ImmutableArray<ReportEvent> Events { get; init; } = [];

    /// <summary>The run as a timeline: one bar per step attempt.</summary>
    public ReportTimeline? Timeline { get; init; }

    /// <summary>The approved plan as a diagram of its steps.</summary>
    public ReportPlanDiagram? PlanDiagram { get; init; }
}
