using Runbook.Engine.Plugins;
using Runbook.Steps;

namespace Runbook.Cli;

/// <summary>The plugins a command works with: the built-in ones and those named with --plugin.</summary>
internal static class PluginSetup
{
    public static PluginRegistry Create(IEnumerable<string>? pluginPaths)
    {
        var registry = BuiltInPlugins.CreateRegistry();
        foreach (var path in pluginPaths ?? [])
        {
            try
            {
                PluginLoader.Load(path, registry);
            }
            catch (PluginLoadException exception)
            {
                throw new UsageException(exception.Message);
            }
        }

        return registry;
    }
}
