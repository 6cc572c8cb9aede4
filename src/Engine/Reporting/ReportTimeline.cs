using System.Collections.Immutable;

namespace Runbook.Engine.Reporting;

/// <summary>
/// The run drawn as a timeline: one bar per step attempt, positioned in SVG units so a template only places
/// them. Manual waits and automated work are told apart by <see cref="ReportTimelineBar.Style"/>.
/// </summary>
/// <param name="Width">The drawing's width.</param>
/// <param name="Height">The drawing's height.</param>
/// <param name="ChartX">Where the time axis starts (the step names are left of it).</param>
/// <param name="ChartWidth">The time axis' length.</param>
/// <param name="Total">The span of time drawn, as a duration text.</param>
public sealed record ReportTimeline(int Width, int Height, int ChartX, int ChartWidth, string Total)
{
    /// <summary>The bars, in step order.</summary>
    public ImmutableArray<ReportTimelineBar> Bars { get; init; } = [];

    /// <summary>The rows: one label per step.</summary>
    public ImmutableArray<ReportTimelineRow> Rows { get; init; } = [];
}

/// <summary>One step's row in the timeline.</summary>
/// <param name="Y">The baseline of its label.</param>
/// <param name="Label">The step's number and name.</param>
public sealed record ReportTimelineRow(int Y, string Label);

/// <summary>One attempt of a step, as a bar.</summary>
/// <param name="X">Its left edge.</param>
/// <param name="Y">Its top edge.</param>
/// <param name="Width">Its length (at least a sliver, so instant steps stay visible).</param>
/// <param name="Height">Its height.</param>
/// <param name="Style"><c>automated</c>, <c>manual</c>, <c>failed</c>, <c>interrupted</c> or <c>running</c>.</param>
/// <param name="Title">What a hover shows: step, attempt, outcome, duration.</param>
/// <param name="Retried">True when the step needed retries or more than one attempt.</param>
public sealed record ReportTimelineBar(
    string X,
    int Y,
    string Width,
    int Height,
    string Style,
    string Title,
    bool Retried);

/// <summary>The approved plan drawn as a diagram: one box per step, in run order, changes marked.</summary>
/// <param name="Width">The drawing's width.</param>
/// <param name="Height">The drawing's height.</param>
public sealed record ReportPlanDiagram(int Width, int Height)
{
    /// <summary>The boxes, in run order; each is joined to the next by an arrow.</summary>
    public ImmutableArray<ReportDiagramNode> Nodes { get; init; } = [];
}

/// <summary>One step of the plan diagram.</summary>
/// <param name="X">Its left edge.</param>
/// <param name="Y">Its top edge.</param>
/// <param name="Width">Its width.</param>
/// <param name="Height">Its height.</param>
/// <param name="Label">The step's number and name.</param>
/// <param name="Kind">The step kind.</param>
/// <param name="Style"><c>mutating</c>, <c>manual</c>, <c>reading</c> or <c>skipped</c>.</param>
public sealed record ReportDiagramNode(int X, int Y, int Width, int Height, string Label, string Kind, string Style);
