using System.Net;
using Runbook.Steps.Intacct;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Intacct;

public sealed class SessionTests
{
    [Fact]
    public async Task TheSessionCarriesItsIdEndpointAndIdentity()
    {
        var http = new FakeHttpHandler().Session();
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        var session = await reader.OpenSessionAsync();

        Assert.Equal(IntacctFixture.SessionId, session.SessionId.Reveal());
        Assert.Equal(new Uri(IntacctFixture.SessionEndpoint), session.Endpoint);
        Assert.Equal(new IntacctIdentity("acme-sandbox", "admin", null), session.Identity);
        Assert.Equal(new DateTimeOffset(2024, 6, 15, 13, 0, 0, TimeSpan.Zero), session.ExpiresAt);
    }

    [Fact]
    public async Task TheObservedIdentityComesFromTheAuthenticationBlock()
    {
        var response = Recorded.Intacct("getapisession.xml").Replace(
            "<companyid>acme-sandbox</companyid>",
            "<companyid>acme</companyid>");
        var http = new FakeHttpHandler().Ok(response, "application/xml");
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        var identity = await reader.GetIdentityAsync();

        // The credentials said acme-sandbox; what Intacct reports is what counts.
        Assert.Equal("acme", identity.CompanyId);
        Assert.Equal("admin", identity.UserId);
        Assert.Equal(identity, reader.ObservedIdentity);
    }

    [Fact]
    public async Task TheFirstReadOpensASessionAndLaterReadsReuseIt()
    {
        var http = new FakeHttpHandler()
            .Session()
            .OkXml("readmore-customers-page2.xml")
            .OkXml("readmore-customers-page2.xml");
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        await reader.ReadByQueryAsync("CUSTOMER").ToListAsync();
        await reader.ReadByQueryAsync("CUSTOMER").ToListAsync();

        Assert.Equal(["getAPISession", "readByQuery", "readByQuery"], http.Requests.Select(r => r.FunctionName()));
    }

    [Fact]
    public async Task ARefusedSessionIsReplacedOnceAndTheReadRepeated()
    {
        var http = new FakeHttpHandler()
            .Session()
            .OkXml("error-session-invalid.xml")
            .Session()
            .OkXml("readmore-customers-page2.xml");
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        var records = await reader.ReadByQueryAsync("CUSTOMER").ToListAsync();

        Assert.Single(records);
        Assert.Equal(
            ["getAPISession", "readByQuery", "getAPISession", "readByQuery"],
            http.Requests.Select(r => r.FunctionName()));
    }

    [Fact]
    public async Task ASecondRefusalEndsTheCall()
    {
        var http = new FakeHttpHandler()
            .Session()
            .OkXml("error-session-invalid.xml")
            .Session()
            .OkXml("error-session-invalid.xml");
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        var error = await Assert.ThrowsAsync<IntacctApiException>(
            () => reader.ReadByQueryAsync("CUSTOMER").ToListAsync().AsTask());

        Assert.Equal(IntacctErrorScope.Authentication, error.Scope);
        Assert.Equal(4, http.Requests.Count);
    }

    [Fact]
    public async Task AConfiguredSessionIdIsUsedInsteadOfALogin()
    {
        var http = new FakeHttpHandler().Session();
        var options = IntacctFixture.Options();
        options = options with
        {
            Credentials = new IntacctCredentials
            {
                SenderId = "runbook",
                SenderPassword = IntacctFixture.SenderPassword,
                SessionId = new(IntacctFixture.SessionId),
            },
        };
        using var reader = new IntacctReader(options, http);

        await reader.OpenSessionAsync();

        var authentication = http.Requests.Single().Xml().Descendants("authentication").Single();
        Assert.Equal(IntacctFixture.SessionId, authentication.Element("sessionid")?.Value);
        Assert.Null(authentication.Element("login"));
    }

    [Fact]
    public async Task RateLimitsAreRetried()
    {
        var retries = new List<Runbook.Steps.Http.ApiRetry>();
        var http = new FakeHttpHandler()
            .Respond(HttpStatusCode.TooManyRequests, Recorded.Intacct("error-rate-limited.xml"), "application/xml")
            .Session();
        using var reader = new IntacctReader(IntacctFixture.Options(retries), http);

        await reader.OpenSessionAsync();

        var retry = Assert.Single(retries);
        Assert.Equal("Intacct", retry.Service);
        Assert.Equal("getAPISession", retry.Operation);
        Assert.Equal("GW-0010 (HTTP 429)", retry.Reason);
    }
}
