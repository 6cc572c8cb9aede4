using System.Reflection;
using System.Runtime.Loader;

namespace Runbook.Engine.Plugins;

/// <summary>
/// Loads a plugin assembly and its own dependencies in isolation, so two plugins may use different versions
/// of a library. The engine's contract assembly is shared with the host: a plugin's types must derive from
/// the very <see cref="StepPlugin"/> the engine knows.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private static readonly string[] SharedAssemblies =
    [
        typeof(StepPlugin).Assembly.GetName().Name!,
        "Microsoft.Extensions.Logging.Abstractions",
    ];

    private readonly AssemblyDependencyResolver _resolver;

    public PluginLoadContext(string pluginPath)
        : base($"plugin:{Path.GetFileNameWithoutExtension(pluginPath)}", isCollectible: false)
        => _resolver = new AssemblyDependencyResolver(pluginPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (SharedAssemblies.Contains(assemblyName.Name))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
