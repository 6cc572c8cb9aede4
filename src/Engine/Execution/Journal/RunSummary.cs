namespace Runbook.Engine.Execution.Journal;

/// <summary>One line of <c>runbook runs</c>.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Runbook">The runbook's name.</param>
/// <param name="Started">When it started.</param>
public sealed record RunSummary(string Id, RunStatus Status, string Runbook, DateTimeOffset Started);
