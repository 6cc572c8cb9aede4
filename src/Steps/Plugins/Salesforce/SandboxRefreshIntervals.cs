namespace Runbook.Steps.Plugins.Salesforce;

/// <summary>
/// How often Salesforce lets a sandbox be refreshed, by licence type (secondary sources; Salesforce refuses an
/// early refresh itself, so this only lets a plan say so in advance). Counted from the start of the last copy.
/// </summary>
public static class SandboxRefreshIntervals
{
    /// <summary>The interval for a licence type, or null for one this table does not know.</summary>
    public static TimeSpan? For(string licenseType) => licenseType.ToUpperInvariant() switch
    {
        "DEVELOPER" or "DEVELOPER_PRO" => TimeSpan.FromDays(1),
        "PARTIAL" => TimeSpan.FromDays(5),
        "FULL" => TimeSpan.FromDays(29),
        _ => null,
    };

    /// <summary>
    /// The earliest time a sandbox whose last copy started at <paramref name="lastStarted"/> may be refreshed:
    /// <see cref="DateTimeOffset.MinValue"/> for one never copied, null for an unknown licence.
    /// </summary>
    public static DateTimeOffset? EarliestRefresh(string licenseType, DateTimeOffset? lastStarted) =>
        (For(licenseType), lastStarted) switch
        {
            (_, null) => DateTimeOffset.MinValue,
            ({ } interval, { } started) => started + interval,
            _ => null,
        };
}
