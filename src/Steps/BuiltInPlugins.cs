using Runbook.Engine.Plugins;

namespace Runbook.Steps;

/// <summary>The plugins that come with the tool.</summary>
public static class BuiltInPlugins
{
    /// <summary>A registry holding every built-in plugin.</summary>
    public static PluginRegistry CreateRegistry() => new();
}
