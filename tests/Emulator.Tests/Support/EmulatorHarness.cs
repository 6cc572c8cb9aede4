using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Runbook.Emulator.Tests.Support;

/// <summary>
/// A real emulator on 127.0.0.1:0 plus a raw HttpClient, with small helpers that send requests shaped exactly like
/// the vendors' documented ones. Dispose stops the server (and removes the state directory it created).
/// </summary>
public sealed class EmulatorHarness : IAsyncDisposable
{
    public const string Api = "/services/data/v62.0";
    public const string ProductionUser = "admin@example.com";
    public const string SandboxUser = "admin@example.com.uat";

    private readonly TempDirectory? _ownedDirectory;

    private EmulatorHarness(EmulatorServer server, EmulatorOptions options, TempDirectory? ownedDirectory)
    {
        Server = server;
        Options = options;
        _ownedDirectory = ownedDirectory;
        Http = new HttpClient { BaseAddress = server.BaseUrl };
    }

    public EmulatorServer Server { get; }

    public EmulatorOptions Options { get; }

    public HttpClient Http { get; }

    public static async Task<EmulatorHarness> StartAsync(
        Func<EmulatorOptions, EmulatorOptions>? configure = null,
        string? stateDirectory = null)
    {
        var owned = stateDirectory is null ? new TempDirectory() : null;
        var options = new EmulatorOptions { StateDirectory = stateDirectory ?? owned!.Path, Records = 100 };
        options = configure?.Invoke(options) ?? options;
        var server = await EmulatorServer.StartAsync(options);
        return new EmulatorHarness(server, options, owned);
    }

    public async Task<HttpResponseMessage> TokenRequestAsync(
        bool sandboxHost,
        string username,
        string? password = null,
        string clientId = "runbook-client",
        string clientSecret = "runbook-secret")
    {
        var host = EmulatorEndpoints.SalesforceLogin(Server.BaseUrl, sandboxHost);
        return await Http.PostAsync(
            host + "/services/oauth2/token",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = clientId,
                ["client_secret"] = clientSecret,
                ["username"] = username,
                ["password"] = password ?? Options.Password,
            }));
    }

    /// <summary>Logs in and returns a client whose requests carry the access token.</summary>
    public async Task<HttpClient> LoginAsync(bool sandbox = true)
    {
        var response = await TokenRequestAsync(sandbox, sandbox ? SandboxUser : ProductionUser);
        response.EnsureSuccessStatusCode();
        var token = (await ReadJsonAsync(response))["access_token"]!.GetValue<string>();
        var client = new HttpClient { BaseAddress = Server.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static async Task<JsonNode> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(
            response.IsSuccessStatusCode,
            $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await ReadJsonAsync(response);
    }

    public static Task<JsonNode> QueryAsync(HttpClient client, string soql, bool tooling = false) =>
        GetJsonAsync(client, $"{Api}/{(tooling ? "tooling/" : "")}query?q={Uri.EscapeDataString(soql)}");

    public static async Task<List<string>> QueryIdsAsync(HttpClient client, string objectName, int limit)
    {
        var page = await QueryAsync(client, $"SELECT Id FROM {objectName} LIMIT {limit}");
        return page["records"]!.AsArray().Select(r => r!["Id"]!.GetValue<string>()).ToList();
    }

    public async Task<JsonNode> StateAsync() => await GetJsonAsync(Http, "/_emulator/state");

    public async Task<long> LiveCountAsync(string orgKey, string objectName)
    {
        var state = await StateAsync();
        var org = state["orgs"]!.AsArray().First(o => o!["key"]!.GetValue<string>() == orgKey)!;
        return org["records"]![objectName]!.GetValue<long>();
    }

    public Task<HttpResponseMessage> IntacctAsync(string xml) =>
        Http.PostAsync(
            EmulatorEndpoints.IntacctGateway(Server.BaseUrl),
            new StringContent(xml, Encoding.UTF8, "application/xml"));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        _ownedDirectory?.Dispose();
    }
}
