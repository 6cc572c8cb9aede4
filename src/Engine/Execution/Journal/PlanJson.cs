using System.Text.Json;
using System.Text.Json.Serialization;
using Runbook.Engine.Planning;

namespace Runbook.Engine.Execution.Journal;

/// <summary>
/// Reads back the plan JSON a run recorded. <see cref="PlanFile"/> reads files only, so this repeats its
/// serializer settings; a test checks that what it reads writes back to the very same text.
/// </summary>
internal static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
    };

    public static string Write(PlanDocument plan) => PlanFile.ToJson(plan);

    public static PlanDocument Read(string json, string runId)
    {
        try
        {
            return JsonSerializer.Deserialize<PlanDocument>(json, Options)
                ?? throw new JournalException($"Run {runId} has an empty plan in the state file.");
        }
        catch (JsonException exception)
        {
            throw new JournalException(
                $"Run {runId} has a plan the state file cannot read back: {exception.Message}", exception);
        }
    }
}
