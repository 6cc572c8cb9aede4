using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Runbook.Steps.Intacct;

/// <summary>
/// Reads a gateway response and turns each level's failure (control, authentication, function) into an
/// <see cref="IntacctApiException"/>.
/// </summary>
internal static class IntacctResponseParser
{
    public static IntacctResponse Parse(string xml, string operation, Func<string, string> scrub)
    {
        XElement root;
        try
        {
            root = XDocument.Parse(xml).Root ?? throw new XmlException("The response has no root element.");
        }
        catch (XmlException e)
        {
            throw new IntacctApiException(
                IntacctErrorScope.Transport,
                operation,
                [new IntacctError("INVALID_RESPONSE", "The response is not XML.", "", "")],
                innerException: e);
        }

        if (Text(root.Element("control"), "status") == "failure")
        {
            throw new IntacctApiException(
                IntacctErrorScope.Control,
                operation,
                Errors(root.Element("errormessage"), scrub));
        }

        var operationElement = root.Element("operation");
        var authentication = operationElement?.Element("authentication");
        if (Text(authentication, "status") == "failure")
        {
            throw new IntacctApiException(
                IntacctErrorScope.Authentication,
                operation,
                Errors(operationElement!.Element("errormessage"), scrub));
        }

        var results = new List<IntacctResult>();
        foreach (var result in operationElement?.Elements("result") ?? [])
        {
            var function = Text(result, "function");
            var controlId = Text(result, "controlid");
            if (Text(result, "status") != "success")
            {
                throw new IntacctApiException(
                    IntacctErrorScope.Function,
                    operation,
                    Errors(result.Element("errormessage"), scrub),
                    function: function,
                    controlId: controlId);
            }

            results.Add(new IntacctResult(function, controlId, result.Element("data")));
        }

        return new IntacctResponse(Identity(authentication), Timeout(authentication), results);
    }

    private static IntacctIdentity? Identity(XElement? authentication)
    {
        var company = Text(authentication, "companyid");
        var user = Text(authentication, "userid");
        var location = Text(authentication, "locationid");

        return company.Length == 0 ? null : new IntacctIdentity(company, user, location.Length == 0 ? null : location);
    }

    private static DateTimeOffset? Timeout(XElement? authentication) =>
        DateTimeOffset.TryParse(
            Text(authentication, "sessiontimeout"),
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out var timeout)
            ? timeout
            : null;

    private static IReadOnlyList<IntacctError> Errors(XElement? errorMessage, Func<string, string> scrub) =>
        errorMessage?.Elements("error")
            .Select(e => new IntacctError(
                Text(e, "errorno"),
                scrub(Text(e, "description")),
                scrub(Text(e, "description2")),
                scrub(Text(e, "correction"))))
            .ToArray()
        ?? [];

    private static string Text(XElement? parent, string name) => parent?.Element(name)?.Value.Trim() ?? "";
}
