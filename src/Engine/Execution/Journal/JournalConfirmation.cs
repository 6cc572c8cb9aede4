using Runbook.Engine.Plugins;

namespace Runbook.Engine.Execution.Journal;

/// <summary>A person's answer to a manual step, and the step.</summary>
/// <param name="Step">The manual step.</param>
/// <param name="Confirmation">The answer.</param>
public sealed record JournalConfirmation(string Step, ManualConfirmation Confirmation);
