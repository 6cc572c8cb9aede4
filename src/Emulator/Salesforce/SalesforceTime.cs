using System.Globalization;

namespace Runbook.Emulator.Salesforce;

/// <summary>Salesforce renders dateTime values as 2024-05-01T12:34:56.000+0000.</summary>
internal static class SalesforceTime
{
    public static string DateTime(long unixMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).UtcDateTime
            .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    public static string Date(long unixMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).UtcDateTime
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
