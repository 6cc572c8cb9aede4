using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runbook.Engine.Reporting;

/// <summary>
/// The report model as JSON, under the names templates use (snake_case). Every member is written, null ones
/// included, so a reader can tell "not recorded" from "absent in this version".
/// </summary>
internal static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
    };

    public static JsonObject ToNode(ReportModel model) => JsonSerializer.SerializeToNode(model, Options)!.AsObject();

    public static ReportModel FromNode(JsonNode node)
        => node.Deserialize<ReportModel>(Options) ?? throw new InvalidOperationException("The report model is empty.");

    public static string ToText(ReportModel model) => JsonSerializer.Serialize(model, Options) + "\n";
}
