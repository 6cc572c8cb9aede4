using System.Reflection;
using Runbook.Steps.Salesforce;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Salesforce;

public sealed class ReadOnlyTests
{
    public static TheoryData<string> MutatingMethods => new() { "DELETE", "PATCH", "POST", "PUT" };

    [Theory]
    [MemberData(nameof(MutatingMethods))]
    public async Task TheReadersPipelineRefusesAnythingButGetEvenThroughItsHttpClient(string method)
    {
        var http = new FakeHttpHandler();
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);
        var url = $"{SalesforceFixture.Instance}{SalesforceFixture.Data}/composite/sobjects?ids=001XX000003DGb2AAG";
        using var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method == "DELETE" ? null : new StringContent("{}"),
        };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => reader.HttpClient.SendAsync(request));

        Assert.Contains($"refused {method} {SalesforceFixture.Data}/composite/sobjects", error.Message);
        Assert.Empty(http.Requests);
    }

    [Fact]
    public async Task TheReadersPipelineRefusesAPostThatIsNotTheTokenRequest()
    {
        var http = new FakeHttpHandler();
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);
        using var request = new HttpRequestMessage(
            HttpMethod.Post,
            $"{SalesforceFixture.Instance}{SalesforceFixture.Data}/jobs/ingest")
        {
            Content = new StringContent("""{"object":"Account","operation":"hardDelete"}"""),
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.HttpClient.SendAsync(request));
        Assert.Empty(http.Requests);
    }

    [Fact]
    public async Task TheReadersPipelineLetsTheTokenRequestAndGetsThrough()
    {
        var http = new FakeHttpHandler().Login().OkFile("organization-sandbox.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        var org = await reader.GetOrganizationAsync();

        Assert.Equal(OrgKind.Sandbox, org.Kind);
        Assert.Equal([HttpMethod.Post, HttpMethod.Get], http.Requests.Select(r => r.Method));
    }

    [Fact]
    public void TheReaderOffersNoMethodThatChangesAnOrg()
    {
        var mutating = new[] { "Delete", "Create", "Upload", "Complete", "Refresh", "Run", "Update", "Insert" };

        var offending = typeof(SalesforceReader)
            .GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Select(m => m.Name)
            .Where(name => mutating.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            .ToArray();

        Assert.Empty(offending);
        Assert.False(typeof(SalesforceClient).IsAssignableTo(typeof(SalesforceReader)));
    }
}
