using System.Collections.Immutable;
using System.Globalization;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Runtime;

/// <summary>
/// Helpers for the values expressions produce at run time: <see cref="string"/>, <see cref="long"/>,
/// <see cref="bool"/>, <see cref="TimeSpan"/>, <see cref="ImmutableArray{T}"/> of object for lists,
/// <see cref="SecretValue"/>, and a connection handle for connections.
/// </summary>
public static class RuntimeValue
{
    /// <summary>The value as text for interpolation and display; secrets show as their mask.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        long number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        TimeSpan duration => LiteralGrammar.FormatDuration(duration),
        ImmutableArray<object?> list => "[" + string.Join(", ", list.Select(FormatQuoted)) + "]",
        SecretValue => SecretValue.Mask,
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The value as the language would write it: strings in quotes.</summary>
    public static string FormatQuoted(object? value) => value is string text
        ? "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
        : Format(value);

    /// <summary>True when two values are equal as the language's == sees them.</summary>
    public static bool AreEqual(object? left, object? right) => (left, right) switch
    {
        (ImmutableArray<object?> a, ImmutableArray<object?> b)
            => a.Length == b.Length && a.Zip(b).All(pair => AreEqual(pair.First, pair.Second)),
        (int a, long b) => a == b,
        (long a, int b) => a == b,
        _ => Equals(left, right),
    };

    /// <summary>Orders two ints or two durations.</summary>
    public static int Compare(object? left, object? right) => (left, right) switch
    {
        (long a, long b) => a.CompareTo(b),
        (TimeSpan a, TimeSpan b) => a.CompareTo(b),
        _ => throw new EvaluationException($"Cannot order {Format(left)} and {Format(right)}."),
    };
}
