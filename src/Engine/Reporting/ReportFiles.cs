namespace Runbook.Engine.Reporting;

/// <summary>The report files written for a run.</summary>
/// <param name="Markdown">The path of <c>reports/RUN_ID.md</c>.</param>
/// <param name="Html">The path of <c>reports/RUN_ID.html</c>.</param>
public sealed record ReportFiles(string Markdown, string Html);
