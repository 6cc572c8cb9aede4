using System.Globalization;
using System.Security.Cryptography;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Runbook.Emulator.Hosting;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Intacct;

/// <summary>
/// POST /ia/xml/xmlgw.phtml: the Intacct XML gateway. Checks the sender (control), then the user or session
/// (authentication), then runs each function and answers with one result per function. Errors come back as
/// HTTP 200 with an errormessage block, as Intacct answers them.
/// </summary>
internal static class IntacctGateway
{
    private const string SenderId = "runbook";
    private static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(1);

    public static void Map(IEndpointRouteBuilder routes)
    {
        // A Func, not a lambda: a lambda taking only HttpContext binds as a RequestDelegate and drops the result.
        routes.MapPost(RequestClassifier.IntacctGatewayPath, (Func<HttpContext, Task<IResult>>)HandleAsync);
    }

    private static async Task<IResult> HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        var services = http.RequestServices;
        var options = services.GetRequiredService<EmulatorOptions>();
        var logger = services.GetRequiredService<ILogger<EmulatorServer>>();
        var endpoint = $"{http.Request.Scheme}://{http.Request.Host}{RequestClassifier.IntacctGatewayPath}";

        XElement request;
        try
        {
            request = XDocument.Parse(body).Root ?? throw new XmlException("empty document");
        }
        catch (XmlException)
        {
            return Refuse(null, IntacctError.BadRequest, "XML Parse error: the request is not well-formed XML");
        }

        var control = request.Element("control");
        if (request.Name.LocalName != "request" || control is null)
        {
            return Refuse(null, IntacctError.BadRequest, "The request has no control element");
        }

        if (control.Element("senderid")?.Value != SenderId || control.Element("password")?.Value != options.Password)
        {
            EmulatorLog.IntacctRefused(logger, "wrong sender credentials");
            return Refuse(control, IntacctError.WrongSender, "Incorrect Intacct XML Partner ID or password.");
        }

        if (control.Element("dtdversion")?.Value != "3.0")
        {
            return Refuse(control, IntacctError.BadRequest, "The dtdversion must be 3.0");
        }

        var now = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var sizes = SeedSizes.For(options.Records);
        var response = services.GetRequiredService<EmulatorDatabase>().Write(connection =>
            Process(connection, request, control, options.Password, sizes, now, endpoint, logger));
        return Xml(response);
    }

    private static XElement Process(
        SqliteConnection connection,
        XElement request,
        XElement control,
        string password,
        SeedSizes sizes,
        long now,
        string endpoint,
        ILogger logger)
    {
        var operation = request.Element("operation");
        var functions = operation?.Element("content")?.Elements("function").ToList() ?? [];
        var authentication = operation?.Element("authentication");
        if (operation is null || authentication is null)
        {
            return ControlFailure(
                control,
                new IntacctError(IntacctError.BadRequest, "The request has no operation/authentication element"));
        }

        var (session, authError) = Authenticate(connection, authentication, password, now);
        var responseOperation = new XElement("operation");
        if (session is null)
        {
            EmulatorLog.IntacctRefused(logger, "wrong user credentials or session");
            var login = authentication.Element("login");
            responseOperation.Add(
                new XElement(
                    "authentication",
                    new XElement("status", "failure"),
                    new XElement("userid", login?.Element("userid")?.Value ?? ""),
                    new XElement("companyid", login?.Element("companyid")?.Value ?? ""),
                    new XElement("locationid", "")),
                authError!.ToXml());
            return Response(control, responseOperation);
        }

        // Intacct's duplicate guard: with uniqueid true a control id that already went through is refused. Only
        // authenticated requests count as having gone through.
        var isWrite = functions.Any(f => f.Elements().FirstOrDefault()?.Name.LocalName is { } name
            && !RequestClassifier.IsIntacctReadFunction(name));
        if (isWrite && string.Equals(control.Element("uniqueid")?.Value, "true", StringComparison.OrdinalIgnoreCase))
        {
            var inserted = connection.Execute(
                "INSERT OR IGNORE INTO intacct_control_ids (sender_id, control_id) VALUES ($sender, $control)",
                ("$sender", SenderId),
                ("$control", control.Element("controlid")?.Value ?? ""));
            if (inserted == 0)
            {
                EmulatorLog.IntacctRefused(logger, "repeated control id with uniqueid true");
                return ControlFailure(control, new IntacctError(
                    IntacctError.DuplicateControlId,
                    "A request with this controlid was already processed and uniqueid is true, "
                    + "so it is not processed again.",
                    "Use a new controlid for a new request."));
            }
        }

        if (session.SessionId is null)
        {
            EmulatorLog.IntacctLogin(logger, session.UserId, session.CompanyId);
        }

        responseOperation.Add(new XElement(
            "authentication",
            new XElement("status", "success"),
            new XElement("userid", session.UserId),
            new XElement("companyid", session.CompanyId),
            new XElement("locationid", ""),
            new XElement("sessiontimestamp", Timestamp(now)),
            new XElement("sessiontimeout", Timestamp(session.Expires))));

        foreach (var function in functions)
        {
            responseOperation.Add(RunFunction(connection, function, session, sizes, now, endpoint));
        }

        return Response(control, responseOperation);
    }

    private static (IntacctSession? Session, IntacctError? Error) Authenticate(
        SqliteConnection connection,
        XElement authentication,
        string password,
        long now)
    {
        var expires = now + (long)SessionLifetime.TotalMilliseconds;
        var sessionId = authentication.Element("sessionid")?.Value;
        if (sessionId is not null)
        {
            var company = connection.ScalarString(
                "SELECT company_id FROM intacct_sessions WHERE session_id = $id AND expires > $now",
                ("$id", sessionId),
                ("$now", now));
            if (company is null)
            {
                return (null, new IntacctError(IntacctError.WrongCredentials, "Invalid session"));
            }

            // Each call pushes the session's expiry forward.
            connection.Execute(
                "UPDATE intacct_sessions SET expires = $expires WHERE session_id = $id",
                ("$expires", expires),
                ("$id", sessionId));
            var sessionUser = connection.ScalarString(
                "SELECT user_id FROM intacct_sessions WHERE session_id = $id",
                ("$id", sessionId))!;
            return (new IntacctSession(company, sessionUser, sessionId, expires), null);
        }

        var login = authentication.Element("login");
        var user = login?.Element("userid")?.Value ?? "";
        var companyId = login?.Element("companyid")?.Value ?? "";
        using var command = connection.Command(
            """
            SELECT company_id, user_id FROM intacct_companies
            WHERE company_id = $company COLLATE NOCASE AND user_id = $user COLLATE NOCASE
            """,
            ("$company", companyId),
            ("$user", user));
        using var reader = command.ExecuteReader();
        if (!reader.Read() || login?.Element("password")?.Value != password)
        {
            return (null, new IntacctError(IntacctError.WrongCredentials, "Sign-in information is incorrect"));
        }

        return (new IntacctSession(reader.GetString(0), reader.GetString(1), null, expires), null);
    }

    private static XElement RunFunction(
        SqliteConnection connection,
        XElement function,
        IntacctSession session,
        SeedSizes sizes,
        long now,
        string endpoint)
    {
        var controlId = function.Attribute("controlid")?.Value ?? "";
        var body = function.Elements().FirstOrDefault();
        var name = body?.Name.LocalName ?? "";
        try
        {
            var data = name switch
            {
                "getAPISession" => ApiSession(connection, session, endpoint),
                "readByQuery" => new IntacctReader(connection, sizes, session, now).ReadByQuery(body!),
                "readMore" => new IntacctReader(connection, sizes, session, now).ReadMore(body!),
                _ => throw new IntacctQueryException($"The emulator does not support the function {name}"),
            };
            return Result("success", name, controlId, data);
        }
        catch (IntacctQueryException error)
        {
            var errorNo = name is "readByQuery" or "readMore" ? IntacctError.QueryFailed : IntacctError.BadRequest;
            return Result("failure", name, controlId, new IntacctError(errorNo, error.Message).ToXml());
        }
    }

    private static XElement ApiSession(SqliteConnection connection, IntacctSession session, string endpoint)
    {
        var sessionId = session.SessionId;
        if (sessionId is null)
        {
            sessionId = Convert.ToBase64String(RandomNumberGenerator.GetBytes(30))
                .Replace('+', '-').Replace('/', '_').TrimEnd('=') + "..";
            connection.Execute(
                """
                INSERT INTO intacct_sessions (session_id, company_id, user_id, expires)
                VALUES ($id, $company, $user, $expires)
                """,
                ("$id", sessionId),
                ("$company", session.CompanyId),
                ("$user", session.UserId),
                ("$expires", session.Expires));
        }

        return new XElement(
            "data",
            new XElement(
                "api",
                new XElement("sessionid", sessionId),
                new XElement("endpoint", endpoint),
                new XElement("locationid", "")));
    }

    private static XElement Result(string status, string function, string controlId, XElement content) => new(
        "result",
        new XElement("status", status),
        new XElement("function", function),
        new XElement("controlid", controlId),
        content);

    private static XElement Response(XElement control, XElement operation) =>
        new("response", ControlBlock(control, "success"), operation);

    private static XElement ControlFailure(XElement? control, IntacctError error) =>
        new("response", ControlBlock(control, "failure"), error.ToXml());

    private static XElement ControlBlock(XElement? control, string status) => new(
        "control",
        new XElement("status", status),
        new XElement("senderid", control?.Element("senderid")?.Value ?? ""),
        new XElement("controlid", control?.Element("controlid")?.Value ?? ""),
        new XElement("uniqueid", control?.Element("uniqueid")?.Value ?? "false"),
        new XElement("dtdversion", control?.Element("dtdversion")?.Value ?? "3.0"));

    private static string Timestamp(long unixMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds)
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static IResult Refuse(XElement? control, string errorNo, string description) =>
        Xml(ControlFailure(control, new IntacctError(errorNo, description)));

    private static IResult Xml(XElement response) => Results.Content(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + response.ToString(),
        "text/xml; charset=UTF-8");
}
