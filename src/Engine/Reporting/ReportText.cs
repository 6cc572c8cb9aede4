using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Reporting;

/// <summary>How reports write times, durations and values, so every template shows them alike.</summary>
internal static class ReportText
{
    /// <summary>UTC to the second: <c>2025-03-01 10:00:00Z</c>.</summary>
    public static string Time(DateTimeOffset time)
        => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? time) => time is { } value ? Time(value) : null;

    /// <summary>Whole seconds, largest unit first: <c>1h 02m 03s</c>, <c>4m 05s</c>, <c>7s</c>.</summary>
    public static string Duration(TimeSpan duration)
    {
        var seconds = Math.Max(0L, (long)duration.TotalSeconds);
        var (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        return hours > 0 ? string.Create(CultureInfo.InvariantCulture, $"{hours}h {minutes:00}m {rest:00}s")
            : minutes > 0 ? string.Create(CultureInfo.InvariantCulture, $"{minutes}m {rest:00}s")
            : string.Create(CultureInfo.InvariantCulture, $"{rest}s");
    }

    public static string? Duration(DateTimeOffset? start, DateTimeOffset? end)
        => start is { } from && end is { } to ? Duration(to - from) : null;

    /// <summary>A run-time value as the language writes it, strings unquoted at the top level.</summary>
    public static string Value(object? value) => value is null ? "null" : RuntimeValue.Format(value);

    /// <summary>A value from a plan file, written the same way.</summary>
    public static string Value(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray array => "[" + string.Join(", ", array.Select(Quoted)) + "]",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    private static string Quoted(JsonNode? node)
        => node is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? RuntimeValue.FormatQuoted(value.GetValue<string>())
            : Value(node);
}
