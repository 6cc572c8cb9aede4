using System.Collections.Immutable;

namespace Runbook.Engine.Execution;

/// <summary>What happened to one step in a run.</summary>
/// <param name="Name">The step's name.</param>
/// <param name="Status">How it ended (or that it has not).</param>
public sealed record StepRecord(string Name, StepStatus Status)
{
    /// <summary>When its last attempt started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Its outputs, for a step that succeeded.</summary>
    public ImmutableDictionary<string, object?> Outputs { get; init; } = ImmutableDictionary<string, object?>.Empty;

    /// <summary>Why it failed.</summary>
    public string? Error { get; init; }

    /// <summary>Notes for the report.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>How many attempts it took.</summary>
    public int Attempts { get; init; }
}
