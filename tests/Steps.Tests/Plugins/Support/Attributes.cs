using System.Collections.Immutable;
using Runbook.Engine.Plugins;

namespace Runbook.Steps.Tests.Plugins.Support;

/// <summary>Builds attribute values as the engine does: the values given, the schema's defaults for the rest.</summary>
internal static class Attributes
{
    public static AttributeValues For(
        ImmutableArray<AttributeSchema> schema,
        IReadOnlyDictionary<string, object?> values)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var attribute in schema.Where(attribute => !attribute.Deferred))
        {
            builder[attribute.Name] = values.TryGetValue(attribute.Name, out var value) && value is not null
                ? Normalize(value)
                : attribute.DefaultValue;
        }

        return new AttributeValues(builder.ToImmutable());
    }

    public static ImmutableArray<object?> List(params string[] items) => [.. items];

    /// <summary>A copy of the values with one more set.</summary>
    public static Dictionary<string, object?> With(
        this Dictionary<string, object?> values,
        string name,
        object? value) =>
        new(values) { [name] = value };

    // Runtime ints are longs, lists are ImmutableArray<object?>.
    private static object Normalize(object value) => value switch
    {
        int number => (long)number,
        string[] items => items.Select(item => (object?)item).ToImmutableArray(),
        _ => value,
    };
}
