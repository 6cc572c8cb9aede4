using System.Collections.Immutable;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Plugins;

/// <summary>
/// A block's attributes evaluated to values, with the schema's defaults filled in. Getters are typed; the
/// binder has already checked the types, so a wrong type here is a bug in the plugin's schema.
/// </summary>
public sealed class AttributeValues
{
    private readonly ImmutableDictionary<string, object?> _values;

    /// <summary>Wraps evaluated values.</summary>
    public AttributeValues(ImmutableDictionary<string, object?> values) => _values = values;

    /// <summary>No attributes.</summary>
    public static AttributeValues Empty { get; } = new(ImmutableDictionary<string, object?>.Empty);

    /// <summary>The names that have a value.</summary>
    public IEnumerable<string> Names => _values.Keys;

    /// <summary>True when the attribute has a value (set, or defaulted).</summary>
    public bool Has(string name) => _values.TryGetValue(name, out var value) && value is not null;

    /// <summary>The raw value, or null.</summary>
    public object? Get(string name) => _values.GetValueOrDefault(name);

    /// <summary>A string attribute, or null when unset.</summary>
    public string? GetString(string name) => Get(name) as string;

    /// <summary>An int attribute, or <paramref name="fallback"/> when unset.</summary>
    public long GetInt(string name, long fallback = 0) => Get(name) is long value ? value : fallback;

    /// <summary>A bool attribute, or <paramref name="fallback"/> when unset.</summary>
    public bool GetBool(string name, bool fallback = false) => Get(name) is bool value ? value : fallback;

    /// <summary>A duration attribute, or null when unset.</summary>
    public TimeSpan? GetDuration(string name) => Get(name) is TimeSpan value ? value : null;

    /// <summary>A list of strings, or empty when unset.</summary>
    public ImmutableArray<string> GetStrings(string name) => Get(name) is ImmutableArray<object?> list
        ? [.. list.OfType<string>()]
        : [];

    /// <summary>
    /// A secret attribute, or null when unset. A plain string given where a secret is accepted is wrapped.
    /// </summary>
    public SecretValue? GetSecret(string name) => Get(name) switch
    {
        SecretValue secret => secret,
        string text => new SecretValue(name, text),
        _ => null,
    };

    /// <summary>A connection attribute's handle, of the plugin's own handle type.</summary>
    public T GetConnection<T>(string name)
        where T : ConnectionHandle
        => Get(name) as T ?? throw new EvaluationException(
            $"'{name}' must name a connection of the kind this step works with.");

    /// <summary>The values shown in plans: secrets masked, connections by name.</summary>
    public ImmutableSortedDictionary<string, string> ForDisplay() => _values
        .Where(pair => pair.Value is not null)
        .ToImmutableSortedDictionary(pair => pair.Key, pair => pair.Value is ConnectionHandle handle
            ? handle.Name
            : RuntimeValue.FormatQuoted(pair.Value), StringComparer.Ordinal);
}
