using System.Xml.Linq;

namespace Runbook.Emulator.Hosting;

/// <summary>
/// Decides which calls count as mutating: POST, PUT, PATCH and DELETE on the Salesforce API, and Intacct requests
/// holding any function other than the read functions. OAuth token calls, queries and Intacct sessions and reads
/// change nothing a runbook cares about.
/// </summary>
internal static class RequestClassifier
{
    public const string IntacctGatewayPath = "/ia/xml/xmlgw.phtml";

    private static readonly HashSet<string> IntacctReadFunctions = new(StringComparer.Ordinal)
    {
        "getAPISession", "readByQuery", "readMore", "read", "readByName", "readRelated", "query", "lookup",
        "inspect", "getUserPermissions", "getDimensions",
    };

    public static bool IsEmulatorRoute(PathString path) => path.StartsWithSegments("/_emulator");

    public static bool IsSalesforceApi(PathString path) => path.StartsWithSegments("/services");

    public static bool IsMutating(string method, PathString path, string? intacctBody)
    {
        if (path.Equals(IntacctGatewayPath, StringComparison.OrdinalIgnoreCase))
        {
            return intacctBody is not null && IntacctFunctionNames(intacctBody).Any(f => !IsIntacctReadFunction(f));
        }

        if (!IsSalesforceApi(path) || HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return false;
        }

        var value = path.Value ?? "";
        return !value.Contains("/query", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsIntacctReadFunction(string name) => IntacctReadFunctions.Contains(name);

    public static IEnumerable<string> IntacctFunctionNames(string body)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(body);
        }
        catch (System.Xml.XmlException)
        {
            return [];
        }

        return document.Descendants("function")
            .Select(function => function.Elements().FirstOrDefault()?.Name.LocalName)
            .OfType<string>()
            .ToList();
    }
}
