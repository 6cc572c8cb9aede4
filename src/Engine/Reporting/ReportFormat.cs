namespace Runbook.Engine.Reporting;

/// <summary>The forms a report can take.</summary>
public enum ReportFormat
{
    /// <summary>Markdown, from <c>report.md.sbn</c>.</summary>
    Markdown,

    /// <summary>One self-contained HTML page, from <c>report.html.sbn</c>.</summary>
    Html,

    /// <summary>The report model itself as JSON, under the names templates use.</summary>
    Json,
}
