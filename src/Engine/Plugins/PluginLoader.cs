using System.Reflection;
using Runbook.Engine.Diagnostics;

namespace Runbook.Engine.Plugins;

/// <summary>
/// Loads third-party plugins from assemblies named with <c>--plugin PATH</c>: every public, non-abstract
/// type deriving from <see cref="StepPlugin"/>, <see cref="ConnectionPlugin"/> or <see cref="FunctionPlugin"/>
/// with a public parameterless constructor is registered. A public static field or property of type
/// <see cref="DiagnosticDescriptor"/> on such a type declares one of its RB3xxx codes.
/// </summary>
public static class PluginLoader
{
    /// <summary>Loads the plugins of one assembly into <paramref name="registry"/>.</summary>
    public static void Load(string path, PluginRegistry registry)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new PluginLoadException(
                $"--plugin {path}: the file does not exist; give the path of the plugin's .dll.");
        }

        Assembly assembly;
        try
        {
            assembly = new PluginLoadContext(fullPath).LoadFromAssemblyPath(fullPath);
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException)
        {
            throw new PluginLoadException(
                $"--plugin {path}: not a .NET assembly that can be loaded ({exception.Message}).",
                exception);
        }

        var found = 0;
        foreach (var type in ExportedTypes(assembly, path).Where(IsPlugin))
        {
            var instance = Activator.CreateInstance(type)!;
            switch (instance)
            {
                case StepPlugin step:
                    registry.Add(step);
                    break;
                case ConnectionPlugin connection:
                    registry.Add(connection);
                    break;
                case FunctionPlugin function:
                    registry.Add(function);
                    break;
            }

            registry.AddDiagnostics(DeclaredDiagnostics(type));
            found++;
        }

        if (found == 0)
        {
            throw new PluginLoadException(
                $"--plugin {path}: the assembly has no public step, connection or function plugin " +
                $"with a parameterless constructor.");
        }
    }

    private static IEnumerable<Type> ExportedTypes(Assembly assembly, string path)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            throw new PluginLoadException(
                $"--plugin {path}: its types could not be loaded " +
                $"({exception.LoaderExceptions.FirstOrDefault()?.Message}).",
                exception);
        }
    }

    private static bool IsPlugin(Type type)
        => !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null
            && (typeof(StepPlugin).IsAssignableFrom(type) || typeof(ConnectionPlugin).IsAssignableFrom(type)
                || typeof(FunctionPlugin).IsAssignableFrom(type));

    private static IEnumerable<DiagnosticDescriptor> DeclaredDiagnostics(Type type)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Static;
        var fields = type.GetFields(Flags).Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => field.GetValue(null));
        var properties = type.GetProperties(Flags)
            .Where(property => property.PropertyType == typeof(DiagnosticDescriptor))
            .Select(property => property.GetValue(null));
        return fields.Concat(properties).OfType<DiagnosticDescriptor>();
    }
}
