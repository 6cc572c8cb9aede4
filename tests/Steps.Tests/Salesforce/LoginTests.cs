using System.Net;
using Runbook.Steps.Salesforce;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Salesforce;

public sealed class LoginTests
{
    [Fact]
    public async Task PasswordFlowPostsTheFormToTheTokenPathUnderTheLoginUrl()
    {
        var http = new FakeHttpHandler().Login();
        using var reader = new SalesforceReader(
            SalesforceFixture.Options(loginUrl: new Uri("http://127.0.0.1:5123/salesforce/test")),
            http);

        var session = await reader.LoginAsync();

        var token = Assert.Single(http.Requests);
        Assert.Equal(HttpMethod.Post, token.Method);
        Assert.Equal("http://127.0.0.1:5123/salesforce/test/services/oauth2/token", token.Uri.ToString());
        Assert.StartsWith("application/x-www-form-urlencoded", token.ContentType);
        var form = token.Form();
        Assert.Equal("password", form["grant_type"]);
        Assert.Equal(SalesforceFixture.ClientId, form["client_id"]);
        Assert.Equal(SalesforceFixture.ClientSecret.Reveal(), form["client_secret"]);
        Assert.Equal(SalesforceFixture.Username, form["username"]);
        Assert.Equal(SalesforceFixture.Password.Reveal(), form["password"]);

        Assert.Equal(SalesforceFixture.FirstToken, session.AccessToken.Reveal());
        Assert.Equal(new Uri(SalesforceFixture.Instance), session.InstanceUrl);
        Assert.Equal("00DXX0000001gPFMAY", session.OrganizationId);
        Assert.Equal("005XX000001Sv6AYAS", session.UserId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1718452800000), session.IssuedAt);
    }

    [Fact]
    public async Task RefreshTokenFlowSendsTheRefreshTokenInsteadOfThePassword()
    {
        var http = new FakeHttpHandler().Login();
        var options = SalesforceFixture.Options() with
        {
            Login = new SalesforceLogin
            {
                LoginUrl = SalesforceLogin.ProductionLoginUrl,
                ClientId = SalesforceFixture.ClientId,
                RefreshToken = new("5Aep861TSESvWeug_xvFHRBTTbf_YrTWgEyjBJxyz"),
            },
        };
        using var reader = new SalesforceReader(options, http);

        await reader.LoginAsync();

        var token = Assert.Single(http.Requests);
        Assert.Equal("https://login.salesforce.com/services/oauth2/token", token.Uri.ToString());
        var form = token.Form();
        Assert.Equal("refresh_token", form["grant_type"]);
        Assert.Equal("5Aep861TSESvWeug_xvFHRBTTbf_YrTWgEyjBJxyz", form["refresh_token"]);
        Assert.False(form.ContainsKey("password"));
        Assert.False(form.ContainsKey("client_secret"));
    }

    [Fact]
    public async Task InvalidGrantBecomesATypedNonTransientError()
    {
        var http = new FakeHttpHandler()
            .Respond(HttpStatusCode.BadRequest, Recorded.Salesforce("token-invalid-grant.json"));
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        var error = await Assert.ThrowsAsync<SalesforceApiException>(() => reader.LoginAsync());

        Assert.Equal("invalid_grant", error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.Contains("authentication failure", error.Message);
        Assert.Single(http.Requests);
    }

    [Fact]
    public async Task TheFirstCallLogsInByItselfAndSendsTheBearerToken()
    {
        var http = new FakeHttpHandler().Login().OkFile("query-count.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        await reader.CountAsync("SELECT COUNT() FROM Account");

        var query = http.ApiRequests().Single();
        Assert.Equal("Bearer", query.Authorization?.Scheme);
        Assert.Equal(SalesforceFixture.FirstToken, query.Authorization?.Parameter);
        Assert.Equal(SalesforceFixture.Instance, query.Uri.GetLeftPart(UriPartial.Authority));
    }
}
