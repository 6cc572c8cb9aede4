using System.Xml.Linq;

namespace Runbook.Steps.Intacct;

/// <summary>
/// Builds the XML request envelope (<c>request/control/operation/authentication/content/function</c>). This
/// is where the read-only rule is enforced: a builder made with the read-only function set refuses any other
/// function before a byte is sent.
/// </summary>
internal sealed class IntacctRequestBuilder(IReadOnlySet<string> allowedFunctions, Func<string> newControlId)
{
    public XDocument Build(
        string senderId,
        string senderPassword,
        IntacctAuthentication authentication,
        IReadOnlyList<IntacctFunction> functions)
    {
        Check(functions);

        return new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(
                "request",
                new XElement(
                    "control",
                    new XElement("senderid", senderId),
                    new XElement("password", senderPassword),
                    new XElement("controlid", newControlId()),
                    // Reads may be sent again safely; uniqueid true is Intacct's guard for writes.
                    new XElement("uniqueid", "false"),
                    new XElement("dtdversion", "3.0"),
                    new XElement("includewhitespace", "false")),
                new XElement(
                    "operation",
                    Authentication(authentication),
                    new XElement("content", functions.Select(Function)))));
    }

    public static string Serialize(XDocument document) =>
        $"{document.Declaration}{document.Root!.ToString(SaveOptions.DisableFormatting)}";

    private XElement Function(IntacctFunction function) =>
        new("function", new XAttribute("controlid", newControlId()), function.Body);

    private void Check(IReadOnlyList<IntacctFunction> functions)
    {
        if (functions.Count == 0)
        {
            throw new ArgumentException("An Intacct request needs at least one function.", nameof(functions));
        }

        foreach (var function in functions)
        {
            if (!allowedFunctions.Contains(function.Name))
            {
                throw new InvalidOperationException(
                    $"The read-only Intacct reader refused the function '{function.Name}': it sends only "
                    + $"{string.Join(", ", allowedFunctions.Order(StringComparer.Ordinal))}.");
            }
        }

        // Intacct asks for getAPISession to travel alone.
        if (functions.Count > 1 && functions.Any(f => f.Name == IntacctFunctions.GetApiSession))
        {
            throw new InvalidOperationException("getAPISession must be sent in a request of its own.");
        }
    }

    private static XElement Authentication(IntacctAuthentication authentication)
    {
        if (authentication.SessionId is { } sessionId)
        {
            return new XElement("authentication", new XElement("sessionid", sessionId.Reveal()));
        }

        var login = authentication.Login
            ?? throw new InvalidOperationException("An Intacct request needs a login or a session id.");
        if (!login.HasUserLogin)
        {
            throw new InvalidOperationException("An Intacct login needs a user id, a company id and a password.");
        }

        var element = new XElement(
            "login",
            new XElement("userid", login.UserId),
            new XElement("companyid", login.CompanyId),
            new XElement("password", login.UserPassword!.Reveal()));
        if (login.LocationId is not null)
        {
            element.Add(new XElement("locationid", login.LocationId));
        }

        return new XElement("authentication", element);
    }
}
