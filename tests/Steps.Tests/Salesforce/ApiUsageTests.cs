using Runbook.Steps.Salesforce;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Salesforce;

public sealed class ApiUsageTests
{
    [Theory]
    [InlineData("api-usage=18/5000", 18, 5000)]
    [InlineData("api-usage=10018/100000; api-bursts=1/750", 10018, 100000)]
    [InlineData("per-app-api-usage=17/250(appName=sample-connected-app); api-usage=25/5000", 25, 5000)]
    [InlineData("api-usage=25/5000; per-app-api-usage=17/250(appName=sample-connected-app)", 25, 5000)]
    public void TheOrgWideUsageIsRead(string header, long used, long limit)
    {
        Assert.True(ApiUsage.TryParse(header, out var usage));
        Assert.Equal(new ApiUsage(used, limit), usage);
        Assert.Equal(limit - used, usage.Remaining);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("per-app-api-usage=17/250(appName=x)")]
    [InlineData("api-usage=lots/5000")]
    [InlineData("api-usage=18")]
    public void AnythingElseIsNotUsage(string? header)
    {
        Assert.False(ApiUsage.TryParse(header, out _));
    }

    [Fact]
    public async Task TheClientKeepsTheLatestUsage()
    {
        var http = new FakeHttpHandler()
            .Login()
            .OkFile("query-accounts-page1.json")
            .Respond(System.Net.HttpStatusCode.OK, Recorded.Salesforce("query-accounts-page2.json"), configure: r =>
            {
                r.Headers.Remove(ApiUsage.HeaderName);
                r.Headers.Add(ApiUsage.HeaderName, "api-usage=14990/15000");
            });
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);
        Assert.Null(reader.LatestApiUsage);

        await reader.QueryAsync("SELECT Id FROM Account").ToListAsync();

        Assert.Equal(new ApiUsage(14990, 15000), reader.LatestApiUsage);
        Assert.Equal(10, reader.LatestApiUsage!.Value.Remaining);
    }
}
