using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runbook.Emulator.Salesforce;

/// <summary>Answers in Salesforce's shapes: JSON bodies, and errors as [{"message", "errorCode", "fields"?}].</summary>
internal static class SalesforceResults
{
    public const string JsonContentType = "application/json;charset=UTF-8";

    // What Results.Content writes for JsonContentType: it re-formats the media type from the encoding it chose.
    private const string WrittenJsonContentType = "application/json; charset=utf-8";

    // Salesforce writes '+' and non-ASCII text as they are; the default encoder would escape them (\u002B0000).
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>How answers written straight to UTF-8 escape their text: as <see cref="Json"/> does.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = Options.Encoder };

    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Content(body.ToJsonString(Options), JsonContentType, null, status);

    /// <summary>A body already written as UTF-8 JSON, sent with the same headers as <see cref="Json"/>.</summary>
    public static IResult Utf8Json(byte[] body, int status = StatusCodes.Status200OK) =>
        Results.Text(body, WrittenJsonContentType, status);

    public static IResult Error(int status, string errorCode, string message, params string[] fields)
    {
        var error = new JsonObject { ["message"] = message, ["errorCode"] = errorCode };
        if (fields.Length > 0)
        {
            error["fields"] = new JsonArray(fields.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray());
        }

        return Json(new JsonArray(error), status);
    }

    public static IResult NotFound() =>
        Error(StatusCodes.Status404NotFound, "NOT_FOUND", "The requested resource does not exist");

    public static IResult InvalidSession() =>
        Error(StatusCodes.Status401Unauthorized, "INVALID_SESSION_ID", "Session expired or invalid");
}
