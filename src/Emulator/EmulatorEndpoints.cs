namespace Runbook.Emulator;

/// <summary>Where the emulated vendor endpoints live under an emulator's base URL.</summary>
public static class EmulatorEndpoints
{
    /// <summary>
    /// The emulated Salesforce login host: <c>B/salesforce/test</c> for sandboxes (test.salesforce.com),
    /// <c>B/salesforce/login</c> for production (login.salesforce.com). The OAuth token endpoint is
    /// <c>{host}/services/oauth2/token</c>.
    /// </summary>
    public static Uri SalesforceLogin(Uri baseUrl, bool sandbox)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return Combine(baseUrl, sandbox ? "salesforce/test" : "salesforce/login");
    }

    /// <summary>The emulated Intacct XML gateway, <c>B/ia/xml/xmlgw.phtml</c>.</summary>
    public static Uri IntacctGateway(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return Combine(baseUrl, "ia/xml/xmlgw.phtml");
    }

    private static Uri Combine(Uri baseUrl, string relative)
    {
        var root = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(root + "/" + relative);
    }
}
