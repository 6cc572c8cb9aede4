namespace Runbook.Emulator.Hosting;

/// <summary>
/// Sends the web host's log lines to the factory the caller gave us, so the emulator logs where the CLI logs while
/// the host keeps its own filters (ASP.NET Core's chatter is cut to warnings).
/// </summary>
internal sealed class ForwardingLoggerProvider(ILoggerFactory target) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => target.CreateLogger(categoryName);

    public void Dispose()
    {
        // The factory belongs to the caller; it outlives the server.
    }
}
