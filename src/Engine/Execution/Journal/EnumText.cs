using System.Collections.Frozen;
using System.Text.Json;

namespace Runbook.Engine.Execution.Journal;

/// <summary>
/// Enum members as the state file, the reports and <c>--format json</c> write them: kebab case
/// (<c>waiting-for-operator</c>), so the stored text does not depend on how the C# members are spelt.
/// </summary>
internal static class EnumText<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names =
        Enum.GetValues<T>().ToFrozenDictionary(
            value => value,
            value => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()));

    private static readonly FrozenDictionary<string, T> Values =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static string ToText(T value) => Names[value];

    public static T Parse(string text) => Values.TryGetValue(text, out var value)
        ? value
        : throw new JournalException($"The state file holds '{text}', which is not a known {typeof(T).Name}.");
}
