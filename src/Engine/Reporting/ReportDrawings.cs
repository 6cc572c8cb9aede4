using System.Collections.Immutable;
using System.Globalization;
using Runbook.Engine.Execution.Journal;
using Runbook.Engine.Planning;

namespace Runbook.Engine.Reporting;

/// <summary>Lays out the report's pictures: the run's timeline and the plan's step diagram.</summary>
internal static class ReportDrawings
{
    private const int Width = 860;
    private const int LabelWidth = 240;
    private const int RowHeight = 26;
    private const int BarHeight = 16;
    private const int Top = 28;

    public static ReportTimeline Timeline(RunHistory history, PlanDocument plan, DateTimeOffset now)
    {
        var attempts = history.Steps.SelectMany(step => step.Attempts.Select(attempt => (step, attempt))).ToList();
        var start = history.Run.StartedAt;
        var end = new[] { history.Run.EndedAt ?? now }
            .Concat(attempts.Select(pair => pair.attempt.EndedAt ?? pair.attempt.StartedAt))
            .Max();
        var span = Math.Max((end - start).TotalSeconds, 1);
        var chartWidth = Width - LabelWidth - 20;

        var rows = ImmutableArray.CreateBuilder<ReportTimelineRow>();
        var bars = ImmutableArray.CreateBuilder<ReportTimelineBar>();
        var number = 0;
        foreach (var step in history.Steps)
        {
            var row = number++;
            var y = Top + row * RowHeight;
            rows.Add(new ReportTimelineRow(y + BarHeight - 3, $"{number}. {step.Record.Name}"));
            var manual = plan.Steps.FirstOrDefault(candidate => candidate.Name == step.Record.Name)?.Kind == "manual";
            var retried = step.Record.Attempts > step.Attempts.Length || step.Attempts.Length > 1;

            foreach (var attempt in step.Attempts)
            {
                var from = (attempt.StartedAt - start).TotalSeconds;
                var to = ((attempt.EndedAt ?? now) - start).TotalSeconds;
                var x = LabelWidth + from / span * chartWidth;
                var width = Math.Max(3, (to - from) / span * chartWidth);
                var style = attempt.Outcome switch
                {
                    AttemptOutcome.Failed => "failed",
                    AttemptOutcome.Interrupted or AttemptOutcome.Abandoned => "interrupted",
                    AttemptOutcome.Running => "running",
                    _ => manual ? "manual" : "automated",
                };
                var title = $"{step.Record.Name}, attempt {attempt.Number}: {JournalText.Of(attempt.Outcome)}, " +
                    $"{ReportText.Duration(attempt.StartedAt, attempt.EndedAt) ?? "not ended"}";
                bars.Add(new ReportTimelineBar(Number(x), y, Number(width), BarHeight, style, title, retried));
            }
        }

        var height = Top + Math.Max(1, history.Steps.Length) * RowHeight + 10;
        return new ReportTimeline(Width, height, LabelWidth, chartWidth, ReportText.Duration(start, end) ?? "0s")
        {
            Rows = rows.ToImmutable(),
            Bars = bars.ToImmutable(),
        };
    }

    public static ReportPlanDiagram PlanDiagram(PlanDocument plan)
    {
        const int BoxWidth = 420;
        const int BoxHeight = 40;
        const int Gap = 24;
        var nodes = plan.Steps.Select((step, index) => new ReportDiagramNode(
            (Width - BoxWidth) / 2,
            10 + index * (BoxHeight + Gap),
            BoxWidth,
            BoxHeight,
            $"{index + 1}. {step.Name}",
            step.Kind,
            step.Skipped ? "skipped"
                : step.Kind == "manual" ? "manual"
                : step.Actions.Any(action => action.Mutating) ? "mutating"
                : "reading"));
        return new ReportPlanDiagram(Width, 20 + Math.Max(1, plan.Steps.Length) * (BoxHeight + Gap))
        {
            Nodes = [.. nodes],
        };
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
