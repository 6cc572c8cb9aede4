using System.Text.Json.Nodes;

namespace Runbook.Engine.Execution.Journal;

/// <summary>One entry of a run's append-only event log.</summary>
/// <param name="Sequence">Its position in the whole journal; later events have larger numbers.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Kind">What kind of event it is; see <see cref="JournalEventKinds"/>.</param>
/// <param name="Message">What happened, for people.</param>
public sealed record JournalEvent(long Sequence, DateTimeOffset At, string Kind, string Message)
{
    /// <summary>The step it is about, when the journal knows.</summary>
    public string? Step { get; init; }

    /// <summary>Structured details for kinds that have them (preconditions, drift checks).</summary>
    public JsonNode? Data { get; init; }
}
