using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Execution.Journal;

/// <summary>
/// Step outputs as the journal stores them, read back with their types. A string is a JSON string, an int a
/// JSON number, a bool a JSON bool, a list a JSON array, and a duration an object <c>{"duration": "6h"}</c>
/// (whole seconds in the language's own notation, anything else as <c>[-]d.hh:mm:ss.fffffff</c>), because a bare
/// <c>"6h"</c> could not be told from the string "6h". A secret is stored as its mask and read back as the
/// string <c>***</c>; a connection as its name. Any other value is stored as its text and read back as a string.
/// </summary>
public static class StepOutputsJson
{
    private const string DurationKey = "duration";

    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The outputs as one JSON object, keys in ordinal order.</summary>
    public static string Serialize(IEnumerable<KeyValuePair<string, object?>> outputs)
    {
        var json = new JsonObject();
        foreach (var (name, value) in outputs.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            json[name] = ToJson(value);
        }

        return json.ToJsonString(Compact);
    }

    /// <summary>Outputs read back from <see cref="Serialize"/>; null or empty text is no outputs.</summary>
    public static ImmutableDictionary<string, object?> Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return ImmutableDictionary<string, object?>.Empty;
        }

        var node = JsonNode.Parse(json)?.AsObject() ?? [];
        return node.ToImmutableDictionary(pair => pair.Key, pair => FromJson(pair.Value), StringComparer.Ordinal);
    }

    /// <summary>One value as the journal stores it.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        long number => JsonValue.Create(number),
        int number => JsonValue.Create((long)number),
        bool flag => JsonValue.Create(flag),
        TimeSpan duration => new JsonObject { [DurationKey] = FormatDuration(duration) },
        ImmutableArray<object?> list => new JsonArray([.. list.Select(ToJson)]),
        SecretValue => JsonValue.Create(SecretValue.Mask),
        ConnectionHandle handle => JsonValue.Create(handle.Name),
        _ => JsonValue.Create(RuntimeValue.Format(value)),
    };

    /// <summary>One value read back, as the engine holds it: string, long, bool, TimeSpan or a list of them.</summary>
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => array.Select(FromJson).ToImmutableArray(),
        JsonObject { Count: 1 } duration when duration[DurationKey] is JsonValue text
            => ParseDuration(text.GetValue<string>()),
        JsonValue value => ValueOf(value),
        _ => throw new JournalException($"A stored output {node.ToJsonString()} is not a value the journal writes."),
    };

    private static object? ValueOf(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.TryGetValue<long>(out var number) ? number : (long)value.GetValue<double>(),
        _ => null,
    };

    private static string FormatDuration(TimeSpan duration)
        => duration >= TimeSpan.Zero && duration.Ticks % TimeSpan.TicksPerSecond == 0
            ? LiteralGrammar.FormatDuration(duration)
            : duration.ToString("c", CultureInfo.InvariantCulture);

    private static TimeSpan ParseDuration(string text)
    {
        var language = LiteralGrammar.ParseDuration(text);
        if (language.IsSuccess)
        {
            return language.Value;
        }

        return TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var exact)
            ? exact
            : throw new JournalException($"A stored duration '{text}' cannot be read.");
    }
}
