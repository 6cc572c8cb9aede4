using System.Globalization;
using System.Text.Json;

namespace Runbook.Steps.Salesforce;

/// <summary>Reads typed fields from a record of a query result.</summary>
internal static class JsonRecord
{
    public static string? OptionalString(this JsonElement record, string field) =>
        record.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static string RequiredString(this JsonElement record, string field) =>
        record.OptionalString(field) ?? throw Missing(record, field);

    public static bool OptionalBool(this JsonElement record, string field) =>
        record.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.True;

    public static int? OptionalInt(this JsonElement record, string field) =>
        record.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number
            ? (int)Math.Round(value.GetDouble())
            : null;

    public static long OptionalLong(this JsonElement record, string field) =>
        record.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetInt64()
            : 0;

    public static DateTimeOffset? OptionalDate(this JsonElement record, string field) =>
        record.OptionalString(field) is { } text ? ParseDate(text) : null;

    /// <summary>
    /// Salesforce writes offsets without a colon (<c>2022-01-02T21:33:43.000+0000</c>), which .NET's parser
    /// does not read; insert the colon first. Plain dates (<c>2025-06-30</c>) are read as midnight UTC.
    /// </summary>
    public static DateTimeOffset ParseDate(string text)
    {
        if (text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && text[^4..].All(char.IsAsciiDigit))
        {
            text = string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    private static InvalidDataException Missing(JsonElement record, string field)
    {
        var type = record.TryGetProperty("attributes", out var a) ? a.OptionalString("type") : null;
        return new InvalidDataException($"A {type ?? "Salesforce"} record has no '{field}' value.");
    }
}
