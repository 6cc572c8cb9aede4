using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Runbook.Emulator;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;

namespace Runbook.Cli;

/// <summary>
/// The environment of a plan or apply: values from outside the file, and where connections go (the real
/// hosts, an emulator started here, or one already running).
/// </summary>
internal sealed class RunEnvironment : IAsyncDisposable
{
    private readonly EmulatorServer? _emulator;

    private RunEnvironment(PluginEnvironment plugins, EmulatorServer? emulator)
    {
        Plugins = plugins;
        _emulator = emulator;
    }

    public PluginEnvironment Plugins { get; }

    public static async Task<RunEnvironment> CreateAsync(
        string runbookPath,
        string? secretsFile,
        bool startEmulator,
        bool resetEmulator,
        string? emulatorUrl,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var secrets = secretsFile is null ? ImmutableDictionary<string, string>.Empty : ReadSecrets(secretsFile);
        EmulatorServer? emulator = null;
        Uri? url = null;

        if (startEmulator && emulatorUrl is not null)
        {
            throw new UsageException("Give either --emulator or --emulator-url, not both.");
        }

        if (resetEmulator && !startEmulator)
        {
            throw new UsageException("--emulator-reset goes with --emulator.");
        }

        if (startEmulator)
        {
            var state = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(runbookPath))!, ".runbook", "emulator");
            if (resetEmulator && Directory.Exists(state))
            {
                Directory.Delete(state, recursive: true);
            }

            emulator = await EmulatorServer.StartAsync(
                new EmulatorOptions { StateDirectory = state },
                loggerFactory,
                cancellationToken);
            url = emulator.BaseUrl;
        }
        else if (emulatorUrl is not null)
        {
            url = Uri.TryCreate(emulatorUrl, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
                ? parsed
                : throw new UsageException(
                    $"--emulator-url {emulatorUrl}: give an http URL such as http://127.0.0.1:5123.");
        }

        var environment = new PluginEnvironment
        {
            LoggerFactory = loggerFactory,
            External = new ExternalValues(secrets),
            EmulatorUrl = url,
        };
        return new RunEnvironment(environment, emulator);
    }

    public async ValueTask DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    private static ImmutableDictionary<string, string> ReadSecrets(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--secrets {path}: the file does not exist.");
        }

        return DotEnvFile.Parse(File.ReadAllText(path), path);
    }
}
