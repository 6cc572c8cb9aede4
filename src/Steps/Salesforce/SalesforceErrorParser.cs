using System.Text.Json;

namespace Runbook.Steps.Salesforce;

/// <summary>
/// Reads the error bodies Salesforce sends: REST error arrays, per-record error arrays (which say
/// <c>statusCode</c> instead of <c>errorCode</c>) and OAuth error objects.
/// </summary>
internal static class SalesforceErrorParser
{
    public static IReadOnlyList<SalesforceError> Parse(string body, Func<string, string> scrub)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Array => ParseArray(document.RootElement, scrub),
                JsonValueKind.Object => ParseObject(document.RootElement, scrub),
                _ => [],
            };
        }
        catch (JsonException)
        {
            // Proxies and maintenance pages answer in HTML; the HTTP status alone then has to speak.
            return [];
        }
    }

    public static IReadOnlyList<SalesforceError> ParseArray(JsonElement array, Func<string, string> scrub)
    {
        var errors = new List<SalesforceError>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                errors.Add(ParseOne(item, scrub));
            }
        }

        return errors;
    }

    private static IReadOnlyList<SalesforceError> ParseObject(JsonElement item, Func<string, string> scrub)
    {
        if (item.TryGetProperty("error", out var oauthError) && oauthError.ValueKind == JsonValueKind.String)
        {
            var description = item.TryGetProperty("error_description", out var d) ? d.GetString() ?? "" : "";
            return [new SalesforceError(oauthError.GetString()!, scrub(description), [])];
        }

        return [ParseOne(item, scrub)];
    }

    private static SalesforceError ParseOne(JsonElement item, Func<string, string> scrub)
    {
        var code = Text(item, "errorCode") ?? Text(item, "statusCode") ?? "UNKNOWN_ERROR";
        var message = scrub(Text(item, "message") ?? "");
        var fields = item.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array
            ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
            : [];

        return new SalesforceError(code, message, fields);
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
