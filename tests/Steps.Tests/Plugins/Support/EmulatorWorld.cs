using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Runbook.Emulator;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Steps.Plugins;
using Runbook.Steps.Plugins.Intacct;
using Runbook.Steps.Plugins.Salesforce;

namespace Runbook.Steps.Tests.Plugins.Support;

/// <summary>
/// A real emulator on 127.0.0.1:0 with a fresh state directory, the plugin environment pointed at it, and
/// helpers to open connections, build step contexts and read the emulator's stats and state.
/// </summary>
internal sealed class EmulatorWorld : IAsyncDisposable
{
    /// <summary>Every emulator password in these tests: distinctive, so a leak into a log is found.</summary>
    public const string Password = "Pl4gin-Secret-Emu-7731";

    public const string ProductionUser = "admin@example.com";
    public const string SandboxUser = "admin@example.com.uat";

    private readonly string _directory;

    private EmulatorWorld(EmulatorServer server, string directory, BuiltInPluginOptions options)
    {
        Server = server;
        _directory = directory;
        Admin = new HttpClient { BaseAddress = server.BaseUrl };
        Options = options;
        Environment = new PluginEnvironment
        {
            LoggerFactory = Logs,
            EmulatorUrl = server.BaseUrl,
            External = new ExternalValues(
                ImmutableDictionary<string, string>.Empty
                    .Add("SF_PASSWORD", Password)
                    .Add("SF_USERNAME", SandboxUser),
                _ => null),
        };
    }

    public EmulatorServer Server { get; }

    public HttpClient Admin { get; }

    public LogCapture Logs { get; } = new();

    public PluginEnvironment Environment { get; }

    public BuiltInPluginOptions Options { get; }

    public static async Task<EmulatorWorld> StartAsync(Func<EmulatorOptions, EmulatorOptions>? configure = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "runbook-plugin-tests", Guid.NewGuid().ToString("N"));
        var options = new EmulatorOptions
        {
            StateDirectory = directory,
            Records = 1000,
            Password = Password,
            RefreshSeconds = 0.6,
            BulkJobSeconds = 0.3,
            RandomSeed = 7,
        };
        options = configure?.Invoke(options) ?? options;

        var server = await EmulatorServer.StartAsync(options);
        var pacing = new BuiltInPluginOptions
        {
            SandboxPollInterval = TimeSpan.FromMilliseconds(100),
            BulkJobPollInterval = TimeSpan.FromMilliseconds(100),
        };
        return new EmulatorWorld(server, directory, pacing);
    }

    /// <param name="sandbox">The sandbox org (uat) or production.</param>
    /// <param name="mode">Read-only for planning, read-write for execution.</param>
    /// <param name="name">The connection's name.</param>
    /// <param name="transport">Wraps the connection's HTTP transport, to watch or hold its calls.</param>
    public async Task<SalesforceHandle> OpenSalesforceAsync(
        bool sandbox,
        ConnectionMode mode = ConnectionMode.ReadOnly,
        string name = "crm",
        Func<HttpMessageHandler, HttpMessageHandler>? transport = null)
    {
        var environment = transport is null
            ? Environment
            : Environment with { HttpHandlerFactory = () => transport(Environment.HttpHandlerFactory()) };
        var plugin = new SalesforceConnectionPlugin();
        var attributes = Attributes.For(plugin.Schema.Attributes, new Dictionary<string, object?>
        {
            ["login_url"] = sandbox ? "https://test.salesforce.com" : "https://login.salesforce.com",
            ["username"] = sandbox ? SandboxUser : ProductionUser,
            ["password"] = new SecretValue("SF_PASSWORD", Password),
        });
        var handle = await plugin.OpenAsync(new ConnectionRequest(name, attributes, mode, environment), default);
        return (SalesforceHandle)handle;
    }

    public async Task<IntacctHandle> OpenIntacctAsync(
        string companyId,
        ConnectionMode mode = ConnectionMode.ReadOnly,
        string name = "erp",
        string? companyType = null,
        string? salesforceOrgId = null)
    {
        var plugin = new IntacctConnectionPlugin();
        var values = new Dictionary<string, object?>
        {
            ["company_id"] = companyId,
            ["user_id"] = "admin",
            ["user_password"] = new SecretValue("IA_PASSWORD", Password),
            ["sender_id"] = "runbook",
            ["sender_password"] = new SecretValue("IA_SENDER_PASSWORD", Password),
            ["company_type"] = companyType,
            ["salesforce_org_id"] = salesforceOrgId,
        };
        var attributes = Attributes.For(plugin.Schema.Attributes, values);
        var handle = await plugin.OpenAsync(new ConnectionRequest(name, attributes, mode, Environment), default);
        return (IntacctHandle)handle;
    }

    public StepPlanContext PlanContext(StepPlugin step, string name, IReadOnlyDictionary<string, object?> values) =>
        new(name, null, Attributes.For(step.Schema.Attributes, values), Environment);

    public StepExecutionContext ExecutionContext(
        StepPlugin step,
        string name,
        IReadOnlyDictionary<string, object?> values,
        StepPlan plan,
        IStepCheckpoints? checkpoints = null,
        IProgress<StepProgress>? progress = null,
        IOperatorInteraction? interaction = null,
        Func<string, CancellationToken, Task<FunctionResult?>>? deferred = null,
        string? title = null) =>
        new(
            name,
            title,
            Attributes.For(step.Schema.Attributes, values),
            Environment,
            plan,
            progress ?? new RecordingProgress(),
            checkpoints ?? new MemoryCheckpoints(),
            interaction ?? ScriptedOperator.Nobody(),
            deferred ?? ((_, _) => Task.FromResult<FunctionResult?>(null)));

    public async Task<JsonNode> StatsAsync() => await GetJsonAsync("/_emulator/stats");

    public async Task ResetStatsAsync() =>
        (await Admin.PostAsync("/_emulator/stats/reset", null)).EnsureSuccessStatusCode();

    public async Task ExpireSessionsAsync() =>
        (await Admin.PostAsync("/_emulator/expire-sessions", null)).EnsureSuccessStatusCode();

    public async Task GrantHardDeleteAsync(string orgKey) =>
        (await Admin.PostAsync($"/_emulator/hard-delete-permission?org={orgKey}&enabled=true", null))
            .EnsureSuccessStatusCode();

    public async Task<JsonNode> StateAsync() => await GetJsonAsync("/_emulator/state");

    public async Task<long> LiveCountAsync(string orgKey, string objectName)
    {
        var state = await StateAsync();
        var org = state["orgs"]!.AsArray().First(o => o!["key"]!.GetValue<string>() == orgKey)!;
        return org["records"]![objectName]!.GetValue<long>();
    }

    public static long Route(JsonNode stats, string key) => stats["routes"]?[key]?.GetValue<long>() ?? 0;

    public static long Mutating(JsonNode stats) => stats["mutating"]!.GetValue<long>();

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled connection of a server still shutting down may hold the file; the OS temp dir cleans up.
        }
    }

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        var response = await Admin.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
