namespace Runbook.Engine.Plugins;

/// <summary>What a connection may do.</summary>
public enum ConnectionMode
{
    /// <summary>
    /// Planning: the handle holds only read-only clients, so no code that plans can reach a call that changes
    /// anything. Plugins must build read-only handles without constructing their mutating clients at all.
    /// </summary>
    ReadOnly,

    /// <summary>Execution: the handle may change the system.</summary>
    ReadWrite,
}
