using System.Text;
using System.Xml.Linq;
using Runbook.Steps.Intacct;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Intacct;

public sealed class ReadOnlyTests
{
    [Theory]
    [InlineData("create")]
    [InlineData("update")]
    [InlineData("delete")]
    [InlineData("create_sotransaction")]
    public void TheReadersBuilderRefusesFunctionsThatWrite(string name)
    {
        using var reader = new IntacctReader(IntacctFixture.Options(), new FakeHttpHandler());
        var function = new IntacctFunction(new XElement(name, new XElement("CUSTOMER")));

        var error = Assert.Throws<InvalidOperationException>(() => reader.Connection.Builder.Build(
            "runbook",
            "secret",
            IntacctAuthentication.ForSession(new("session-id")),
            [function]));

        Assert.Contains($"refused the function '{name}'", error.Message);
    }

    [Fact]
    public void GetApiSessionMustTravelAlone()
    {
        using var reader = new IntacctReader(IntacctFixture.Options(), new FakeHttpHandler());

        Assert.Throws<InvalidOperationException>(() => reader.Connection.Builder.Build(
            "runbook",
            "secret",
            IntacctAuthentication.ForSession(new("session-id")),
            [IntacctFunctions.ApiSession(null), IntacctFunctions.ReadMore("abc")]));
    }

    [Fact]
    public async Task TheReadersPipelineRefusesAWriteEvenThroughItsHttpClient()
    {
        var http = new FakeHttpHandler();
        using var reader = new IntacctReader(IntacctFixture.Options(), http);
        const string body = """
            <?xml version="1.0" encoding="UTF-8"?>
            <request><control><senderid>runbook</senderid></control><operation>
            <authentication><sessionid>x</sessionid></authentication>
            <content><function controlid="1">
            <delete><object>SODOCUMENT</object><keys>1</keys></delete>
            </function></content>
            </operation></request>
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, IntacctOptions.DefaultEndpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/xml"),
        };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => reader.HttpClient.SendAsync(request));

        Assert.Contains("the function(s) delete", error.Message);
        Assert.Empty(http.Requests);
    }

    [Fact]
    public async Task TheReadersPipelineRefusesARequestWithoutFunctions()
    {
        var http = new FakeHttpHandler();
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => reader.HttpClient.GetAsync(IntacctOptions.DefaultEndpoint));
        Assert.Empty(http.Requests);
    }
}
