using System.Net;
using Runbook.Steps.Salesforce;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Salesforce;

public sealed class ReloginTests
{
    [Fact]
    public async Task InvalidSessionLogsInAgainOnceAndRepeatsTheRequest()
    {
        var http = new FakeHttpHandler()
            .Login()
            .Respond(HttpStatusCode.Unauthorized, Recorded.Salesforce("error-invalid-session.json"))
            .LoginAgain()
            .OkFile("query-count.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        var count = await reader.CountAsync("SELECT COUNT() FROM Account");

        Assert.Equal(4213, count);
        Assert.Equal(2, http.TokenRequests().Count);
        var queries = http.ApiRequests();
        Assert.Equal(2, queries.Count);
        Assert.Equal(SalesforceFixture.FirstToken, queries[0].Authorization?.Parameter);
        Assert.Equal(SalesforceFixture.SecondToken, queries[1].Authorization?.Parameter);
        Assert.Equal(SalesforceFixture.SecondToken, reader.Session?.AccessToken.Reveal());
    }

    [Fact]
    public async Task ASecondInvalidSessionIsNotFollowedByAThirdLogin()
    {
        var retries = new List<Runbook.Steps.Http.ApiRetry>();
        var http = new FakeHttpHandler()
            .Login()
            .Respond(HttpStatusCode.Unauthorized, Recorded.Salesforce("error-invalid-session.json"))
            .LoginAgain()
            .Respond(HttpStatusCode.Unauthorized, Recorded.Salesforce("error-invalid-session.json"));
        using var reader = new SalesforceReader(SalesforceFixture.Options(retries), http);

        var error = await Assert.ThrowsAsync<SalesforceApiException>(
            () => reader.CountAsync("SELECT COUNT() FROM Account"));

        Assert.Equal(SalesforceErrorCodes.InvalidSessionId, error.ErrorCode);
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.Equal(2, http.TokenRequests().Count);
        Assert.Equal(2, http.ApiRequests().Count);
        Assert.Empty(retries);
        Assert.Equal(0, http.Remaining);
    }

    [Fact]
    public async Task TheRenewedSessionIsKeptForLaterCalls()
    {
        var http = new FakeHttpHandler()
            .Login()
            .Respond(HttpStatusCode.Unauthorized, Recorded.Salesforce("error-invalid-session.json"))
            .LoginAgain()
            .OkFile("query-count.json")
            .OkFile("query-count.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        await reader.CountAsync("SELECT COUNT() FROM Account");
        await reader.CountAsync("SELECT COUNT() FROM Contact");

        Assert.Equal(2, http.TokenRequests().Count);
        Assert.Equal(SalesforceFixture.SecondToken, http.Requests[^1].Authorization?.Parameter);
    }
}
