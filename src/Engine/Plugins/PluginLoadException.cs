namespace Runbook.Engine.Plugins;

/// <summary>A plugin could not be loaded; the message says which and why.</summary>
public sealed class PluginLoadException(string message, Exception? innerException = null)
    : Exception(message, innerException);
