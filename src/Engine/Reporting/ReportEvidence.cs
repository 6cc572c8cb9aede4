namespace Runbook.Engine.Reporting;

/// <summary>A fact looked at.</summary>
/// <param name="Subject">What it is about.</param>
/// <param name="Fact">The fact.</param>
/// <param name="Source"><c>observed</c> or <c>declared</c>.</param>
public sealed record ReportEvidence(string Subject, string Fact, string Source);
