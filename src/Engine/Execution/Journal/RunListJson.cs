using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runbook.Engine.Execution.Journal;

/// <summary>
/// The runs list as <c>runbook runs --format json</c> prints it:
/// <c>[{"id": "...", "status": "failed", "runbook": "...", "started": "2025-03-01T09:30:00+00:00"}]</c>,
/// newest first, statuses as <see cref="JournalText"/> writes them and times in ISO 8601, UTC.
/// </summary>
public static class RunListJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The runs as a JSON array, in the order given.</summary>
    public static string Write(IEnumerable<RunSummary> runs)
    {
        var array = new JsonArray([.. runs.Select(run => (JsonNode)new JsonObject
        {
            ["id"] = run.Id,
            ["status"] = JournalText.Of(run.Status),
            ["runbook"] = run.Runbook,
            ["started"] = run.Started.ToUniversalTime(),
        })]);
        return array.ToJsonString(Options);
    }
}
