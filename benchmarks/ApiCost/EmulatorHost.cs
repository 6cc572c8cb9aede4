using System.Text.Json.Nodes;
using Runbook.Emulator;

namespace Runbook.ApiCost;

/// <summary>
/// A fresh emulator on 127.0.0.1 with its own temporary state directory, and the admin calls the benchmarks
/// read it through (<c>/_emulator/stats</c>). Every measurement gets its own host so that no run sees another's
/// deletions, query cursors or API usage.
/// </summary>
internal sealed class EmulatorHost : IAsyncDisposable
{
    /// <summary>The password of every seeded user; the emulator's own default.</summary>
    public const string Password = "emulator";

    /// <summary>The seeded sandbox user (org <c>uat</c>).</summary>
    public const string SandboxUser = "admin@example.com.uat";

    private readonly string _directory;
    private readonly HttpClient _admin;

    private EmulatorHost(EmulatorServer server, string directory)
    {
        Server = server;
        _directory = directory;
        _admin = new HttpClient { BaseAddress = server.BaseUrl };
    }

    public EmulatorServer Server { get; }

    public Uri BaseUrl => Server.BaseUrl;

    /// <summary>
    /// Seeds <paramref name="records"/> Intacct transactions per org (half invoices, half contracts) and starts.
    /// The daily API allocation is raised so that the plan's budget check never blocks a measurement.
    /// </summary>
    public static async Task<EmulatorHost> StartAsync(
        int records,
        int latencyMs = 0,
        double bulkJobSeconds = 1,
        double refreshSeconds = 3)
    {
        var directory = Path.Combine(Path.GetTempPath(), "runbook-apicost", Guid.NewGuid().ToString("N"));
        var server = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            StateDirectory = directory,
            Records = records,
            LatencyMs = latencyMs,
            BulkJobSeconds = bulkJobSeconds,
            RefreshSeconds = refreshSeconds,
            ApiRequestLimit = 100_000_000,
            Password = Password,
            RandomSeed = 1,
        });
        return new EmulatorHost(server, directory);
    }

    public async Task ResetStatsAsync() =>
        (await _admin.PostAsync("/_emulator/stats/reset", null)).EnsureSuccessStatusCode();

    public async Task<RouteCounts> StatsAsync()
    {
        var json = await _admin.GetStringAsync("/_emulator/stats");
        return RouteCounts.Parse(JsonNode.Parse(json)!);
    }

    /// <summary>Live records of an object in the sandbox org, from <c>/_emulator/state</c>.</summary>
    public async Task<long> LiveCountAsync(string objectName)
    {
        var state = JsonNode.Parse(await _admin.GetStringAsync("/_emulator/state"))!;
        var org = state["orgs"]!.AsArray().First(o => o!["key"]!.GetValue<string>() == "uat")!;
        return org["records"]![objectName]!.GetValue<long>();
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A connection still closing may hold the file; the OS temp directory is cleaned up anyway.
        }
    }
}
