namespace Runbook.Engine.Plugins;

/// <summary>
/// An open connection to a system. Plugins derive from it to carry their clients: a read-only handle carries
/// only read-only clients. Step plugins receive handles through attributes whose value is a connection.
/// </summary>
public abstract class ConnectionHandle : IAsyncDisposable
{
    /// <summary>Creates a handle for the connection <paramref name="name"/> of <paramref name="kind"/>.</summary>
    protected ConnectionHandle(string name, string kind, ConnectionMode mode)
    {
        Name = name;
        Kind = kind;
        Mode = mode;
    }

    /// <summary>The connection's name in the runbook.</summary>
    public string Name { get; }

    /// <summary>The connection kind, e.g. <c>salesforce</c>.</summary>
    public string Kind { get; }

    /// <summary>Whether the handle may change the system.</summary>
    public ConnectionMode Mode { get; }

    /// <summary>Who the connection turned out to be.</summary>
    public abstract ConnectionIdentity Identity { get; }

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind})";
}
