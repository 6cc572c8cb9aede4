namespace Runbook.Engine.Reporting;

/// <summary>A name and a value shown as text: an output, a fact, a progress note.</summary>
/// <param name="Name">The name.</param>
/// <param name="Value">The value as the language writes it (strings unquoted).</param>
public sealed record ReportNamedValue(string Name, string Value);
