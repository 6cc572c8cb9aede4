using System.Collections.Immutable;
using Runbook.Engine.Planning;

namespace Runbook.Engine.Execution.Journal;

/// <summary>A run as the journal holds it: what was run, against what, by whom, and where it stands.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="Plan">The approved plan it runs, exactly as recorded when it started.</param>
/// <param name="Targets">The identities of the systems it runs against (<c>salesforce:00D...</c>).</param>
/// <param name="StartedBy">Who started it.</param>
/// <param name="StartedAt">When.</param>
/// <param name="Status">Where it stands.</param>
public sealed record RunRecord(
    string Id,
    PlanDocument Plan,
    ImmutableArray<string> Targets,
    string StartedBy,
    DateTimeOffset StartedAt,
    RunStatus Status)
{
    /// <summary>Why it stopped, for a run that did not succeed.</summary>
    public string? StatusMessage { get; init; }

    /// <summary>When it last ended (succeeded, failed or stopped); null while running or waiting.</summary>
    public DateTimeOffset? EndedAt { get; init; }
}
