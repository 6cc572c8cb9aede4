using System.Net;

namespace Runbook.Emulator.Tests;

public sealed class LoginTests
{
    [Theory]
    [InlineData(true, EmulatorHarness.SandboxUser)]
    [InlineData(false, EmulatorHarness.ProductionUser)]
    public async Task Right_credentials_at_the_right_host_get_a_token_for_that_org(bool sandboxHost, string username)
    {
        await using var emulator = await EmulatorHarness.StartAsync();

        var response = await emulator.TokenRequestAsync(sandboxHost, username);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await EmulatorHarness.ReadJsonAsync(response);
        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
        Assert.Equal(emulator.Server.BaseUrl.ToString().TrimEnd('/'), body["instance_url"]!.GetValue<string>());
        Assert.StartsWith(body["instance_url"]!.GetValue<string>() + "/id/00D", body["id"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["signature"]!.GetValue<string>()));
        Assert.True(
            long.Parse(body["issued_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Null(body["refresh_token"]);

        using var client = new HttpClient { BaseAddress = emulator.Server.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new("Bearer", body["access_token"]!.GetValue<string>());
        var org = await EmulatorHarness.QueryAsync(client, "SELECT IsSandbox FROM Organization");
        Assert.Equal(sandboxHost, org["records"]![0]!["IsSandbox"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(true, EmulatorHarness.SandboxUser, "wrong-password")]
    [InlineData(false, EmulatorHarness.SandboxUser, null)]
    [InlineData(true, EmulatorHarness.ProductionUser, null)]
    [InlineData(false, "someone@example.com", null)]
    public async Task Wrong_password_or_wrong_host_for_the_user_is_an_authentication_failure(
        bool sandboxHost,
        string username,
        string? password)
    {
        await using var emulator = await EmulatorHarness.StartAsync();

        var response = await emulator.TokenRequestAsync(sandboxHost, username, password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await EmulatorHarness.ReadJsonAsync(response);
        Assert.Equal("invalid_grant", body["error"]!.GetValue<string>());
        Assert.Equal("authentication failure", body["error_description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_client_id_is_refused_before_the_user_is_checked()
    {
        await using var emulator = await EmulatorHarness.StartAsync();

        var response = await emulator.TokenRequestAsync(true, EmulatorHarness.SandboxUser, clientId: "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_client_id", (await EmulatorHarness.ReadJsonAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_configured_password_replaces_the_default()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { Password = "s3cret" });

        var wrong = await emulator.TokenRequestAsync(true, EmulatorHarness.SandboxUser, "emulator");
        var right = await emulator.TokenRequestAsync(true, EmulatorHarness.SandboxUser, "s3cret");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Invalid_token_gets_401_INVALID_SESSION_ID()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.Server.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new("Bearer", "00D000000000000!not-a-token");

        var response = await client.GetAsync($"{EmulatorHarness.Api}/limits/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = (await EmulatorHarness.ReadJsonAsync(response))[0]!;
        Assert.Equal("INVALID_SESSION_ID", error["errorCode"]!.GetValue<string>());
        Assert.Equal("Session expired or invalid", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Expire_sessions_route_invalidates_issued_tokens()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{EmulatorHarness.Api}/limits/")).StatusCode);

        await emulator.Http.PostAsync("/_emulator/expire-sessions", null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{EmulatorHarness.Api}/limits/")).StatusCode);
    }

    [Fact]
    public async Task Refresh_token_grant_issues_a_new_access_token_when_the_scope_asked_for_one()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        var login = EmulatorEndpoints.SalesforceLogin(emulator.Server.BaseUrl, sandbox: true)
            + "/services/oauth2/token";
        var first = await EmulatorHarness.ReadJsonAsync(await emulator.Http.PostAsync(login, new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = "c",
                ["client_secret"] = "s",
                ["username"] = EmulatorHarness.SandboxUser,
                ["password"] = "emulator",
                ["scope"] = "api refresh_token",
            })));

        var refreshed = await emulator.Http.PostAsync(login, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "c",
            ["client_secret"] = "s",
            ["refresh_token"] = first["refresh_token"]!.GetValue<string>(),
        }));

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var token = (await EmulatorHarness.ReadJsonAsync(refreshed))["access_token"]!.GetValue<string>();
        Assert.NotEqual(first["access_token"]!.GetValue<string>(), token);
    }

    [Fact]
    public async Task Every_REST_answer_carries_the_api_usage_header()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { ApiRequestLimit = 500 });
        using var client = await emulator.LoginAsync();

        var first = await client.GetAsync($"{EmulatorHarness.Api}/limits/");
        var second = await client.GetAsync($"{EmulatorHarness.Api}/query?q=SELECT+Id+FROM+Account");

        Assert.Equal("api-usage=1/500", first.Headers.GetValues("Sforce-Limit-Info").Single());
        Assert.Equal("api-usage=2/500", second.Headers.GetValues("Sforce-Limit-Info").Single());
        var limits = await EmulatorHarness.ReadJsonAsync(first);
        Assert.Equal(500, limits["DailyApiRequests"]!["Max"]!.GetValue<long>());
        Assert.Equal(499, limits["DailyApiRequests"]!["Remaining"]!.GetValue<long>());
    }
}
