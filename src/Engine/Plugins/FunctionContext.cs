using Microsoft.Extensions.Logging;

namespace Runbook.Engine.Plugins;

/// <summary>What a function gets besides its arguments.</summary>
/// <param name="Environment">What the engine lends plugins, including env and secrets.</param>
public sealed record FunctionContext(PluginEnvironment Environment)
{
    /// <summary>A logger named after the function's plugin.</summary>
    public ILogger CreateLogger(Type plugin) => Environment.LoggerFactory.CreateLogger(plugin);
}
