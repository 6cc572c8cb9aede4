namespace Runbook.Engine.Plugins;

/// <summary>What a connection plugin is asked to open.</summary>
/// <param name="Name">The connection's name in the runbook.</param>
/// <param name="Attributes">Its evaluated attributes, defaults included.</param>
/// <param name="Mode">Read-only for planning, read-write for execution.</param>
/// <param name="Environment">What the engine lends plugins.</param>
public sealed record ConnectionRequest(
    string Name,
    AttributeValues Attributes,
    ConnectionMode Mode,
    PluginEnvironment Environment);
