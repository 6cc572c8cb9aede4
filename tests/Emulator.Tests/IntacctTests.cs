using System.Net;
using System.Xml.Linq;

namespace Runbook.Emulator.Tests;

public sealed class IntacctTests
{
    public static string LoginRequest(
        string function,
        string body,
        string company = "acme-sandbox",
        string password = "emulator",
        string senderPassword = "emulator",
        string controlId = "req-1",
        bool uniqueId = false) => Envelope(
        $"<login><userid>admin</userid><companyid>{company}</companyid><password>{password}</password></login>",
        function,
        body,
        senderPassword,
        controlId,
        uniqueId);

    public static string SessionRequest(string sessionId, string function, string body) =>
        Envelope($"<sessionid>{sessionId}</sessionid>", function, body, "emulator", "req-2", false);

    private static string Envelope(
        string authentication,
        string function,
        string body,
        string senderPassword,
        string controlId,
        bool uniqueId) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <request>
          <control>
            <senderid>runbook</senderid>
            <password>{senderPassword}</password>
            <controlid>{controlId}</controlid>
            <uniqueid>{(uniqueId ? "true" : "false")}</uniqueid>
            <dtdversion>3.0</dtdversion>
          </control>
          <operation>
            <authentication>{authentication}</authentication>
            <content>
              <function controlid="f-1"><{function}>{body}</{function}></function>
            </content>
          </operation>
        </request>
        """;

    [Fact]
    public async Task Login_then_getAPISession_then_session_authentication_reads_as_the_company()
    {
        await using var emulator = await EmulatorHarness.StartAsync();

        var session = await SendAsync(emulator, LoginRequest("getAPISession", ""));
        Assert.Equal("success", session.Element("control")!.Element("status")!.Value);
        var authentication = session.Element("operation")!.Element("authentication")!;
        Assert.Equal("success", authentication.Element("status")!.Value);
        Assert.Equal("acme-sandbox", authentication.Element("companyid")!.Value);
        Assert.Equal("admin", authentication.Element("userid")!.Value);
        Assert.False(string.IsNullOrEmpty(authentication.Element("sessiontimeout")!.Value));
        var api = session.Element("operation")!.Element("result")!.Element("data")!.Element("api")!;
        var sessionId = api.Element("sessionid")!.Value;
        Assert.Equal(
            EmulatorEndpoints.IntacctGateway(emulator.Server.BaseUrl).ToString(),
            api.Element("endpoint")!.Value);

        var read = await SendAsync(emulator, SessionRequest(
            sessionId,
            "readByQuery",
            "<object>CUSTOMER</object><fields>CUSTOMERID,NAME</fields><query></query><pagesize>5</pagesize>"));

        Assert.Equal("acme-sandbox", read.Element("operation")!.Element("authentication")!.Element("companyid")!.Value);
        var result = read.Element("operation")!.Element("result")!;
        Assert.Equal("success", result.Element("status")!.Value);
        Assert.Equal("readByQuery", result.Element("function")!.Value);
        Assert.Equal("f-1", result.Element("controlid")!.Value);
        var customers = result.Element("data")!.Elements("customer").ToList();
        Assert.Equal(5, customers.Count);
        Assert.Equal("C-0001", customers[0].Element("CUSTOMERID")!.Value);
        Assert.Null(customers[0].Element("STATUS"));
    }

    [Fact]
    public async Task ReadByQuery_and_readMore_page_through_every_matching_record()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { Records = 500 });

        var first = await SendAsync(emulator, LoginRequest(
            "readByQuery",
            "<object>SODOCUMENT</object><fields>*</fields><query></query><pagesize>100</pagesize>"));
        var data = first.Descendants("data").Single();
        var docs = data.Elements("sodocument").Select(d => d.Element("DOCNO")!.Value).ToList();
        Assert.Equal("sodocument", data.Attribute("listtype")!.Value);
        Assert.Equal("100", data.Attribute("count")!.Value);
        Assert.Equal("250", data.Attribute("totalcount")!.Value);
        Assert.Equal("150", data.Attribute("numremaining")!.Value);
        var resultId = data.Attribute("resultId")!.Value;

        while (data.Attribute("numremaining")!.Value != "0")
        {
            var more = await SendAsync(emulator, LoginRequest("readMore", $"<resultId>{resultId}</resultId>"));
            data = more.Descendants("data").Single();
            docs.AddRange(data.Elements("sodocument").Select(d => d.Element("DOCNO")!.Value));
        }

        Assert.Equal(250, docs.Count);
        Assert.Equal(250, docs.Distinct().Count());
        Assert.Equal("INV-0000250", docs[^1]);
    }

    [Fact]
    public async Task Query_filters_records()
    {
        await using var emulator = await EmulatorHarness.StartAsync();

        var response = await SendAsync(emulator, LoginRequest(
            "readByQuery",
            "<object>CONTRACT</object><fields>CONTRACTID</fields>" +
            "<query>CONTRACTID = 'CON-0000002' OR RECORDNO &gt;= 49</query>"));

        var data = response.Descendants("data").Single();
        Assert.Equal("3", data.Attribute("totalcount")!.Value);
        Assert.Equal(
            ["CON-0000002", "CON-0000049", "CON-0000050"],
            data.Elements("contract").Select(c => c.Element("CONTRACTID")!.Value));
    }

    [Fact]
    public async Task Wrong_user_password_fails_authentication_with_the_real_error_shape()
    {
        await using var emulator = await EmulatorHarness.StartAsync();

        var response = await SendAsync(emulator, LoginRequest("getAPISession", "", password: "wrong"));

        Assert.Equal("success", response.Element("control")!.Element("status")!.Value);
        var operation = response.Element("operation")!;
        Assert.Equal("failure", operation.Element("authentication")!.Element("status")!.Value);
        var error = operation.Element("errormessage")!.Element("error")!;
        Assert.Equal("XL03000006", error.Element("errorno")!.Value);
        Assert.Equal("Sign-in information is incorrect", error.Element("description2")!.Value);
        Assert.NotNull(error.Element("description"));
        Assert.NotNull(error.Element("correction"));
        Assert.Null(operation.Element("result"));
    }

    [Fact]
    public async Task Wrong_sender_password_fails_the_control_block()
    {
        await using var emulator = await EmulatorHarness.StartAsync();

        var response = await SendAsync(emulator, LoginRequest("getAPISession", "", senderPassword: "wrong"));

        Assert.Equal("failure", response.Element("control")!.Element("status")!.Value);
        Assert.Null(response.Element("operation"));
        Assert.Equal("XL03000006", response.Element("errormessage")!.Element("error")!.Element("errorno")!.Value);
    }

    [Fact]
    public async Task Unknown_company_and_expired_session_fail_authentication()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        var session = await SendAsync(emulator, LoginRequest("getAPISession", ""));
        var sessionId = session.Descendants("sessionid").Single().Value;
        await emulator.Http.PostAsync("/_emulator/expire-sessions", null);

        var unknown = await SendAsync(emulator, LoginRequest("getAPISession", "", company: "acme-emea-sandbox"));
        var expired = await SendAsync(
            emulator,
            SessionRequest(sessionId, "readByQuery", "<object>CUSTOMER</object><query></query>"));

        Assert.Equal("failure", unknown.Element("operation")!.Element("authentication")!.Element("status")!.Value);
        Assert.Equal("failure", expired.Element("operation")!.Element("authentication")!.Element("status")!.Value);
    }

    [Fact]
    public async Task Repeated_control_id_with_uniqueid_true_on_a_write_is_refused()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        var write = LoginRequest("create", "<CUSTOMER><NAME>x</NAME></CUSTOMER>", controlId: "write-1", uniqueId: true);

        var first = await SendAsync(emulator, write);
        var second = await SendAsync(emulator, write);
        var read = LoginRequest(
            "readByQuery",
            "<object>CUSTOMER</object><query></query>",
            controlId: "read-1",
            uniqueId: true);
        await SendAsync(emulator, read);
        var readAgain = await SendAsync(emulator, read);

        Assert.Equal("success", first.Element("control")!.Element("status")!.Value);
        Assert.Equal("failure", second.Element("control")!.Element("status")!.Value);
        Assert.Equal("success", readAgain.Element("control")!.Element("status")!.Value);
    }

    [Fact]
    public async Task Unknown_object_fails_the_function_not_the_request()
    {
        await using var emulator = await EmulatorHarness.StartAsync();

        var response = await SendAsync(emulator, LoginRequest("readByQuery", "<object>NOPE</object><query></query>"));

        var result = response.Element("operation")!.Element("result")!;
        Assert.Equal("failure", result.Element("status")!.Value);
        Assert.NotNull(result.Element("errormessage")!.Element("error")!.Element("errorno"));
    }

    private static async Task<XElement> SendAsync(EmulatorHarness emulator, string xml)
    {
        var response = await emulator.IntacctAsync(xml);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }
}
