using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging.Abstractions;
using Runbook.Emulator.Hosting;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator;

/// <summary>
/// A running emulator: Kestrel on 127.0.0.1 serving the Salesforce and Intacct subsets over state kept in
/// <see cref="EmulatorOptions.StateDirectory"/>. Start it with <see cref="StartAsync"/>; dispose or stop it when done.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ILogger _logger;
    private int _stopped;

    private EmulatorServer(WebApplication app, Uri baseUrl, ILogger logger)
    {
        _app = app;
        BaseUrl = baseUrl;
        _logger = logger;
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:5123 (no trailing slash in its string form).</summary>
    public Uri BaseUrl { get; }

    /// <summary>Seeds the state directory when needed, then starts listening.</summary>
    public static async Task<EmulatorServer> StartAsync(
        EmulatorOptions options,
        ILoggerFactory? loggerFactory = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        loggerFactory ??= NullLoggerFactory.Instance;

        Directory.CreateDirectory(options.StateDirectory);
        var database = new EmulatorDatabase(options.StateDirectory);
        var seeder = new EmulatorSeeder(database, options, loggerFactory.CreateLogger<EmulatorSeeder>());
        await Task.Run(seeder.EnsureSeeded, ct);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorServer).Assembly.GetName().Name,
            ContentRootPath = options.StateDirectory,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);

            // A Bulk API upload may be up to 150 MB, as on Salesforce.
            kestrel.Limits.MaxRequestBodySize = 150L * 1024 * 1024;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new ForwardingLoggerProvider(loggerFactory));
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<RequestStats>();
        builder.Services.AddSingleton<FaultInjector>();

        var app = builder.Build();
        EmulatorApplication.Configure(app);
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        var server = new EmulatorServer(app, new Uri(address), loggerFactory.CreateLogger<EmulatorServer>());
        EmulatorLog.ServerStarted(server._logger, server.BaseUrl, options.StateDirectory, options.Scenario);
        return server;
    }

    /// <summary>Stops listening; state stays on disk for the next server on the same directory.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        var database = _app.Services.GetRequiredService<EmulatorDatabase>();
        await _app.DisposeAsync();
        database.ReleaseConnections();
        EmulatorLog.ServerStopped(_logger, BaseUrl);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => new(StopAsync());

    private static void Validate(EmulatorOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.StateDirectory))
        {
            throw new ArgumentException("A state directory is required.", nameof(options));
        }

        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "Port must be 0..65535.");
        }

        if (options.Records < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Records, "Records must not be negative.");
        }

        foreach (var (name, rate) in new[]
        {
            (nameof(options.FaultRate), options.FaultRate),
            (nameof(options.DropRate), options.DropRate),
            (nameof(options.DropAfterProcessingRate), options.DropAfterProcessingRate),
            (nameof(options.RecordFailureRate), options.RecordFailureRate),
        })
        {
            if (rate is < 0 or > 1 || double.IsNaN(rate))
            {
                throw new ArgumentOutOfRangeException(nameof(options), rate, $"{name} must be between 0 and 1.");
            }
        }

        if (options.RefreshSeconds < 0 || options.BulkJobSeconds < 0 || options.LatencyMs < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Durations must not be negative.");
        }

        _ = EmulatorScenario.Get(options.Scenario);
    }
}
