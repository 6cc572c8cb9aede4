using System.Collections.Immutable;

namespace Runbook.Engine.Execution;

/// <summary>How a run ended.</summary>
/// <param name="RunId">The run's id, for <c>--resume</c> and reports.</param>
/// <param name="Status">Its status.</param>
/// <param name="Steps">Every step's record.</param>
/// <param name="Message">Why it stopped, when it did not succeed.</param>
public sealed record RunResult(string RunId, RunStatus Status, ImmutableArray<StepRecord> Steps, string? Message);
