using System.Net;
using Runbook.Steps.Http;
using Runbook.Steps.Salesforce;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Salesforce;

public sealed class SecretLeakTests
{
    [Fact]
    public async Task NoSecretAppearsInLogsOrExceptionsAcrossLoginRetriesAndFailures()
    {
        var log = new CapturingLogger<SalesforceClient>();
        var retries = new List<ApiRetry>();
        var password = SalesforceFixture.Password.Reveal();
        var echoed = $"token {SalesforceFixture.FirstToken} and password {password} are wrong";
        var echo = $$"""[{"errorCode":"INVALID_FIELD","message":"{{echoed}}"}]""";
        var http = new FakeHttpHandler()
            .Login()
            .Respond(HttpStatusCode.Unauthorized, Recorded.Salesforce("error-invalid-session.json"))
            .LoginAgain()
            .Respond(HttpStatusCode.ServiceUnavailable, "")
            .OkFile("query-accounts-page1.json")
            .OkFile("query-accounts-page2.json")
            .Respond(HttpStatusCode.BadRequest, echo)
            .Respond(HttpStatusCode.Unauthorized, Recorded.Salesforce("error-invalid-session.json"))
            .Respond(HttpStatusCode.BadRequest, Recorded.Salesforce("token-invalid-grant.json"));
        using var client = new SalesforceClient(SalesforceFixture.Options(retries), http, log);

        var exceptions = new List<Exception>();
        await client.QueryAsync("SELECT Id FROM Account").ToListAsync();
        exceptions.Add(await Assert.ThrowsAsync<SalesforceApiException>(
            () => client.CountAsync("SELECT COUNT() FROM Account WHERE Foo = 1")));
        exceptions.Add(await Assert.ThrowsAsync<SalesforceApiException>(
            () => client.CountAsync("SELECT COUNT() FROM Account")));

        Assert.Equal("invalid_grant", ((SalesforceApiException)exceptions[1]).ErrorCode);
        Assert.Contains("token *** and password *** are wrong", exceptions[0].Message);
        Assert.NotEmpty(retries);
        Assert.Contains(log.Entries, e => e.EventId.Id == 1101);
        Assert.Contains(log.Entries, e => e.EventId.Id == 1102);
        Assert.Contains(log.Entries, e => e.EventId.Id == 1001);

        var everything = string.Join(
            "\n",
            [log.AllText, .. exceptions.Select(e => e.ToString()), .. retries.Select(r => r.ToString()),
                client.Session!.ToString()]);
        foreach (var secret in SalesforceFixture.AllSecrets)
        {
            Assert.DoesNotContain(secret, everything);
        }
    }
}
