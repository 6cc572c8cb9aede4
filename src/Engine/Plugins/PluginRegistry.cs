using System.Collections.Immutable;
using Runbook.Engine.Diagnostics;

namespace Runbook.Engine.Plugins;

/// <summary>
/// Every plugin that can run: the built-in ones and those loaded with <c>--plugin</c>. It is the complete
/// schema catalogue the binder checks against, so unknown kinds and functions are errors.
/// </summary>
public sealed class PluginRegistry : ISchemaCatalog
{
    private readonly Dictionary<string, ConnectionPlugin> _connections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StepPlugin> _steps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FunctionPlugin> _functions = new(StringComparer.Ordinal);
    private readonly List<DiagnosticDescriptor> _diagnostics = [];

    /// <inheritdoc />
    public bool IsComplete => true;

    /// <inheritdoc />
    public IReadOnlyCollection<ConnectionKindSchema> ConnectionKinds
        => [.. _connections.Values.Select(plugin => plugin.Schema)];

    /// <inheritdoc />
    public IReadOnlyCollection<StepKindSchema> StepKinds => [.. _steps.Values.Select(plugin => plugin.Schema)];

    /// <inheritdoc />
    public IReadOnlyCollection<FunctionSchema> Functions => [.. _functions.Values.Select(plugin => plugin.Schema)];

    /// <summary>The RB3xxx codes plugins declared, for <c>runbook explain</c>.</summary>
    public IReadOnlyList<DiagnosticDescriptor> PluginDiagnostics => _diagnostics;

    /// <summary>
    /// Adds a connection kind; a second plugin with the same name is a mistake in how plugins were given.
    /// </summary>
    public PluginRegistry Add(ConnectionPlugin plugin)
        => Add(_connections, plugin.Schema.Name, plugin, "connection kind");

    /// <summary>Adds a step kind.</summary>
    public PluginRegistry Add(StepPlugin plugin) => Add(_steps, plugin.Schema.Name, plugin, "step kind");

    /// <summary>Adds a function.</summary>
    public PluginRegistry Add(FunctionPlugin plugin) => Add(_functions, plugin.Schema.Name, plugin, "function");

    /// <summary>Adds diagnostics a plugin reports, so that <c>runbook explain</c> knows them.</summary>
    public PluginRegistry AddDiagnostics(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        foreach (var descriptor in descriptors)
        {
            if (!_diagnostics.Exists(known => known.Code == descriptor.Code))
            {
                _diagnostics.Add(descriptor);
            }
        }

        return this;
    }

    /// <summary>The connection plugin of that kind, if any.</summary>
    public ConnectionPlugin? FindConnectionPlugin(string kind) => _connections.GetValueOrDefault(kind);

    /// <summary>The step plugin of that kind, if any.</summary>
    public StepPlugin? FindStepPlugin(string kind) => _steps.GetValueOrDefault(kind);

    /// <summary>The function plugin of that name, if any.</summary>
    public FunctionPlugin? FindFunctionPlugin(string name) => _functions.GetValueOrDefault(name);

    /// <inheritdoc />
    public ConnectionKindSchema? FindConnectionKind(string name) => FindConnectionPlugin(name)?.Schema;

    /// <inheritdoc />
    public StepKindSchema? FindStepKind(string name) => FindStepPlugin(name)?.Schema;

    /// <inheritdoc />
    public FunctionSchema? FindFunction(string name) => FindFunctionPlugin(name)?.Schema;

    /// <inheritdoc />
    public void ValidateStep(string kind, PluginValidationContext context) => FindStepPlugin(kind)?.Validate(context);

    /// <inheritdoc />
    public void ValidateConnection(string kind, PluginValidationContext context)
        => FindConnectionPlugin(kind)?.Validate(context);

    /// <summary>The diagnostic descriptor with that code, among the catalogue's and the plugins'.</summary>
    public DiagnosticDescriptor? FindDiagnostic(string code)
        => DiagnosticCatalog.Find(code) ?? _diagnostics.FirstOrDefault(
            descriptor => string.Equals(descriptor.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    private PluginRegistry Add<T>(Dictionary<string, T> plugins, string name, T plugin, string what)
    {
        if (!plugins.TryAdd(name, plugin))
        {
            throw new PluginLoadException($"Two plugins provide the {what} '{name}'; load only one of them.");
        }

        return this;
    }
}
