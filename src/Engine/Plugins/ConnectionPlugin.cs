namespace Runbook.Engine.Plugins;

/// <summary>A connection kind, such as <c>salesforce</c>: its schema and how to open it.</summary>
public abstract class ConnectionPlugin
{
    /// <summary>The kind's name, attributes and docs.</summary>
    public abstract ConnectionKindSchema Schema { get; }

    /// <summary>Checks attribute values that are known before connecting (RB3xxx); nothing is connected to.</summary>
    public virtual void Validate(PluginValidationContext context)
    {
    }

    /// <summary>
    /// Opens the connection and establishes its identity. In <see cref="ConnectionMode.ReadOnly"/> the
    /// handle must hold no client able to change the system.
    /// </summary>
    public abstract Task<ConnectionHandle> OpenAsync(ConnectionRequest request, CancellationToken cancellationToken);
}
