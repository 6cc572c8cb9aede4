using System.Globalization;

namespace Runbook.Steps.Salesforce;

/// <summary>
/// The org's rolling 24-hour API usage, as the <c>Sforce-Limit-Info: api-usage=USED/LIMIT</c> header of the
/// latest response reported it.
/// </summary>
/// <param name="Used">Calls made in the window.</param>
/// <param name="Limit">The org's allocation for the window.</param>
public readonly record struct ApiUsage(long Used, long Limit)
{
    /// <summary>The name of the response header.</summary>
    public const string HeaderName = "Sforce-Limit-Info";

    /// <summary>Calls left before the allocation is used up.</summary>
    public long Remaining => Math.Max(0, Limit - Used);

    /// <summary>
    /// Reads the <c>api-usage</c> entry of a header value such as
    /// <c>api-usage=25/5000; per-app-api-usage=17/250(appName=sample)</c>.
    /// </summary>
    public static bool TryParse(string? header, out ApiUsage usage)
    {
        usage = default;
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        foreach (var part in header.Split([';', ','], StringSplitOptions.TrimEntries))
        {
            // "per-app-api-usage" also ends in "api-usage"; only the org-wide entry counts.
            if (!part.StartsWith("api-usage=", StringComparison.Ordinal))
            {
                continue;
            }

            var numbers = part["api-usage=".Length..].Split('/');
            if (numbers.Length == 2
                && long.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var used)
                && long.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
            {
                usage = new ApiUsage(used, limit);
                return true;
            }
        }

        return false;
    }
}
