using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>An authenticated REST call: whose org it is, which API version it named, and when it arrived.</summary>
internal sealed record SalesforceCall(OrgRecord Org, string Version, long Now)
{
    public static SalesforceCall From(HttpContext http) =>
        http.Items[typeof(SalesforceCall)] as SalesforceCall
        ?? throw new InvalidOperationException("The Salesforce API filter did not run for this route.");

    /// <summary>The version as a number with its decimal kept (62.0), the way job infos report it.</summary>
    public decimal VersionNumber => decimal.Parse(Version[1..], System.Globalization.CultureInfo.InvariantCulture);
}
