using System.Globalization;

namespace Runbook.Engine.Execution.Journal;

/// <summary>
/// Times as the state file holds them: UTC, fixed width, to the tick (<c>2025-03-01T09:30:00.0000000Z</c>),
/// so that ordering the text orders the times.
/// </summary>
internal static class JournalTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToText(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string? ToText(DateTimeOffset? time) => time is { } value ? ToText(value) : null;

    public static DateTimeOffset Parse(string text)
    {
        var styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        var utc = DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, styles);
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }

    public static DateTimeOffset? ParseOrNull(string? text) => text is null ? null : Parse(text);
}
