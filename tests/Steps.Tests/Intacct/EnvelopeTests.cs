using System.Xml.Linq;
using Runbook.Steps.Intacct;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Intacct;

public sealed class EnvelopeTests
{
    [Fact]
    public async Task GetApiSessionTravelsAloneWithTheUserLogin()
    {
        var http = new FakeHttpHandler().Session();
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        await reader.OpenSessionAsync();

        var request = Assert.Single(http.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(IntacctOptions.DefaultEndpoint, request.Uri);
        Assert.StartsWith("application/xml", request.ContentType);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><request>", request.Body);

        var expected = XElement.Parse(
            """
            <request>
              <control>
                <senderid>runbook</senderid>
                <password>Sender-Pa55-9f8e7d6c</password>
                <controlid>c-0001</controlid>
                <uniqueid>false</uniqueid>
                <dtdversion>3.0</dtdversion>
                <includewhitespace>false</includewhitespace>
              </control>
              <operation>
                <authentication>
                  <login>
                    <userid>admin</userid>
                    <companyid>acme-sandbox</companyid>
                    <password>User-Pa55-4c3b2a1z</password>
                  </login>
                </authentication>
                <content>
                  <function controlid="c-0002">
                    <getAPISession />
                  </function>
                </content>
              </operation>
            </request>
            """);
        Assert.True(XNode.DeepEquals(expected, request.Xml()), request.Body);
    }

    [Fact]
    public async Task ReadsSendTheSessionIdToTheEndpointTheSessionNamed()
    {
        var http = new FakeHttpHandler().Session().OkXml("readmore-customers-page2.xml");
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        await reader.ReadByQueryAsync("CUSTOMER", "STATUS = 'T'", "RECORDNO,CUSTOMERID,NAME", 100).ToListAsync();

        var read = http.Requests[1];
        Assert.Equal(new Uri(IntacctFixture.SessionEndpoint), read.Uri);
        var expected = XElement.Parse(
            """
            <request>
              <control>
                <senderid>runbook</senderid>
                <password>Sender-Pa55-9f8e7d6c</password>
                <controlid>c-0003</controlid>
                <uniqueid>false</uniqueid>
                <dtdversion>3.0</dtdversion>
                <includewhitespace>false</includewhitespace>
              </control>
              <operation>
                <authentication>
                  <sessionid>nQ8sA2Lp0fXk3VtM9bY4Hq7Rw1Zc6Ue5Jd..</sessionid>
                </authentication>
                <content>
                  <function controlid="c-0004">
                    <readByQuery>
                      <object>CUSTOMER</object>
                      <fields>RECORDNO,CUSTOMERID,NAME</fields>
                      <query>STATUS = 'T'</query>
                      <pagesize>100</pagesize>
                    </readByQuery>
                  </function>
                </content>
              </operation>
            </request>
            """);
        Assert.True(XNode.DeepEquals(expected, read.Xml()), read.Body);
    }

    [Fact]
    public async Task AnEntityLoginSendsTheLocationId()
    {
        var http = new FakeHttpHandler().Session();
        var options = IntacctFixture.Options();
        options = options with { Credentials = options.Credentials with { LocationId = "US-WEST" } };
        using var reader = new IntacctReader(options, http);

        await reader.OpenSessionAsync();

        var xml = http.Requests.Single().Xml();
        Assert.Equal("US-WEST", xml.Descendants("login").Single().Element("locationid")?.Value);
        Assert.Equal("US-WEST", xml.Descendants("getAPISession").Single().Element("locationid")?.Value);
    }

    [Fact]
    public async Task QueryTextIsEscapedAsXml()
    {
        var http = new FakeHttpHandler().Session().OkXml("readmore-customers-page2.xml");
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        await reader.ReadByQueryAsync("SODOCUMENT", "TOTAL < 100 AND NAME = 'A&B'").ToListAsync();

        Assert.Contains("<query>TOTAL &lt; 100 AND NAME = 'A&amp;B'</query>", http.Requests[1].Body);
    }

    [Fact]
    public async Task ASessionEndpointOnAnUnknownHostIsRefused()
    {
        var response = Recorded.Intacct("getapisession.xml")
            .Replace(IntacctFixture.SessionEndpoint, "https://evil.example.com/xmlgw");
        var http = new FakeHttpHandler().Ok(response, "application/xml");
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => reader.OpenSessionAsync());

        Assert.Contains("evil.example.com", error.Message);
        Assert.Null(reader.Session);
    }
}
