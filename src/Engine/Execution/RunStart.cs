using System.Collections.Immutable;
using Runbook.Engine.Planning;

namespace Runbook.Engine.Execution;

/// <summary>What a journal records when a run starts.</summary>
/// <param name="Plan">The approved plan it runs.</param>
/// <param name="StartedBy">Who started it.</param>
/// <param name="StartedAt">When.</param>
/// <param name="Targets">The identities of the systems it runs against (<c>salesforce:00D...</c>).</param>
public sealed record RunStart(
    PlanDocument Plan,
    string StartedBy,
    DateTimeOffset StartedAt,
    ImmutableArray<string> Targets);
