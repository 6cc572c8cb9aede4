namespace Runbook.Engine.Reporting;

/// <summary>One planned action.</summary>
/// <param name="Description">What would happen.</param>
/// <param name="Mutating">True when it changes a system.</param>
public sealed record ReportAction(string Description, bool Mutating);
