namespace Runbook.Steps.Plugins.Salesforce;

/// <summary>Which login host a connection names, and where it goes when the run uses the emulator.</summary>
public static class SalesforceLoginHosts
{
    /// <summary>
    /// True for hosts that serve sandboxes: test.salesforce.com, and My Domain sandbox hosts, which carry
    /// "sandbox" (acme--uat.sandbox.my.salesforce.com) or the "--" between org and sandbox name.
    /// </summary>
    public static bool IsSandboxHost(Uri loginUrl)
    {
        ArgumentNullException.ThrowIfNull(loginUrl);
        var host = loginUrl.Host;
        return host.Equals("test.salesforce.com", StringComparison.OrdinalIgnoreCase)
            || host.Contains("sandbox", StringComparison.OrdinalIgnoreCase)
            || host.Contains("--", StringComparison.Ordinal);
    }

    /// <summary>
    /// The emulator's stand-in for a login host: <c>B/salesforce/test</c> for sandbox hosts and
    /// <c>B/salesforce/login</c> for every other, as the emulator's EmulatorEndpoints lays them out.
    /// </summary>
    public static Uri ForEmulator(Uri loginUrl, Uri emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var root = emulator.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(root + (IsSandboxHost(loginUrl) ? "/salesforce/test" : "/salesforce/login"));
    }
}
