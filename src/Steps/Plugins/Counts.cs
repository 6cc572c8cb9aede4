using System.Globalization;

namespace Runbook.Steps.Plugins;

/// <summary>Numbers as plans and reports write them: 1,000 records, 1 call, 5 calls.</summary>
internal static class Counts
{
    public static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Of(long value, string singular, string? plural = null) =>
        $"{Format(value)} {(value == 1 ? singular : plural ?? singular + "s")}";

    public static long CeilingDivide(long value, long divisor) => value <= 0 ? 0 : (value + divisor - 1) / divisor;

    public static string Date(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
