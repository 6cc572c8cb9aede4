using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Evaluation;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Planning;

/// <summary>
/// The open connections of one plan or run, and the scope expressions evaluate in. Connection attributes
/// may use params and functions such as env and secret, never step outputs.
/// </summary>
internal sealed class PlanningSession : IAsyncDisposable
{
    private PlanningSession(
        PluginRegistry plugins,
        ImmutableDictionary<string, ConnectionHandle> connections,
        EvaluationScope scope)
    {
        Plugins = plugins;
        Connections = connections;
        Scope = scope;
    }

    public PluginRegistry Plugins { get; }

    public ImmutableDictionary<string, ConnectionHandle> Connections { get; }

    public EvaluationScope Scope { get; }

    public static async Task<PlanningSession> OpenAsync(
        BoundRunbook runbook,
        ImmutableDictionary<string, object?> parameters,
        PluginRegistry plugins,
        PluginEnvironment environment,
        ConnectionMode mode,
        CancellationToken cancellationToken)
    {
        var scope = new EvaluationScope { Params = parameters, Plugins = plugins, Environment = environment };
        var connections = ImmutableDictionary.CreateBuilder<string, ConnectionHandle>(StringComparer.Ordinal);

        try
        {
            foreach (var connection in runbook.Connections)
            {
                var symbol = connection.Symbol;
                var plugin = plugins.FindConnectionPlugin(symbol.Kind)
                    ?? throw new EvaluationException(
                        $"No loaded plugin provides the connection kind '{symbol.Kind}' of '{symbol.Name}'.");
                var (attributes, _) = await AttributeEvaluator.EvaluateAsync(
                    connection.Attributes, plugin.Schema.Attributes, scope, cancellationToken).ConfigureAwait(false);
                var handle = await plugin.OpenAsync(
                        new ConnectionRequest(symbol.Name, attributes, mode, environment),
                        cancellationToken)
                    .ConfigureAwait(false);
                connections[symbol.Name] = handle;
            }
        }
        catch
        {
            foreach (var handle in connections.Values)
            {
                await handle.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        var all = connections.ToImmutable();
        return new PlanningSession(plugins, all, scope with { Connections = all });
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in Connections.Values)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
