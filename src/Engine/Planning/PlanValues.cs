using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Planning;

/// <summary>Converts run-time values to the JSON of plan files and back.</summary>
public static class PlanValues
{
    /// <summary>A value as JSON; durations as "6h", secrets as their mask, connections by name.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        long number => JsonValue.Create(number),
        int number => JsonValue.Create((long)number),
        bool flag => JsonValue.Create(flag),
        TimeSpan duration => JsonValue.Create(LiteralGrammar.FormatDuration(duration)),
        ImmutableArray<object?> list => new JsonArray([.. list.Select(ToJson)]),
        SecretValue => JsonValue.Create(SecretValue.Mask),
        ConnectionHandle handle => JsonValue.Create(handle.Name),
        _ => JsonValue.Create(value.ToString()),
    };

    /// <summary>A param's value read back from a plan file, by the param's declared type.</summary>
    public static object? FromJson(JsonNode? node, RunbookType type)
    {
        if (node is null)
        {
            return null;
        }

        return type.Kind switch
        {
            RunbookTypeKind.String => node.GetValue<string>(),
            RunbookTypeKind.Int => node.GetValue<long>(),
            RunbookTypeKind.Bool => node.GetValue<bool>(),
            RunbookTypeKind.Duration => LiteralGrammar.ParseDuration(node.GetValue<string>()).Value,
            RunbookTypeKind.List => node.AsArray().Select(item => FromJson(item, type.ElementType!)).ToImmutableArray(),
            _ => throw new PlanFileException($"A value of type {type.Name} cannot be read from a plan file."),
        };
    }

    /// <summary>Evidence as recorded in plan files.</summary>
    public static ImmutableArray<PlanEvidence> ToRecords(IEnumerable<Evidence> evidence)
        => [.. evidence.Select(item => new PlanEvidence(item.Subject, item.Fact,
            item.Source == EvidenceSource.Declared ? "declared" : "observed"))];
}
