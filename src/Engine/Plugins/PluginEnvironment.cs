using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Plugins;

/// <summary>
/// What the engine lends plugins: logging, a clock, values from outside the file, and where to connect.
/// </summary>
public sealed record PluginEnvironment
{
    /// <summary>Where plugins log; never with secrets.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>The clock; tests replace it.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Environment variables and the secrets file.</summary>
    public ExternalValues External { get; init; } = new();

    /// <summary>
    /// When set, connections go to this local emulator instead of the hosts their attributes name. Each
    /// connection plugin maps its own endpoints onto it.
    /// </summary>
    public Uri? EmulatorUrl { get; init; }

    /// <summary>Makes the HTTP handler plugins send requests through; tests replace it.</summary>
    public Func<HttpMessageHandler> HttpHandlerFactory { get; init; } = () => new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
