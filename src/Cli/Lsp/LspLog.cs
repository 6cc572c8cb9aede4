using Microsoft.Extensions.Logging;

namespace Runbook.Cli.Lsp;

/// <summary>
/// Log events of the language server (event ids 4100-4199), written to standard error: standard output
/// carries the protocol and nothing else. Document texts are never logged, only their URIs.
/// </summary>
internal static partial class LspLog
{
    [LoggerMessage(
        EventId = 4101,
        Level = LogLevel.Information,
        Message = "Language server listening on standard input with {StepKinds} step kinds, "
            + "{ConnectionKinds} connection kinds and {Functions} functions")]
    public static partial void Listening(ILogger logger, int stepKinds, int connectionKinds, int functions);

    [LoggerMessage(
        EventId = 4102,
        Level = LogLevel.Information,
        Message = "Client {Client} (version {ClientVersion}) initialized the session")]
    public static partial void Initialized(ILogger logger, string client, string clientVersion);

    [LoggerMessage(
        EventId = 4103,
        Level = LogLevel.Information,
        Message = "Checked {Uri} version {Version}: {Diagnostics} diagnostics in {ElapsedMilliseconds:F1} ms")]
    public static partial void Checked(
        ILogger logger,
        string uri,
        int version,
        int diagnostics,
        double elapsedMilliseconds);

    [LoggerMessage(
        EventId = 4104,
        Level = LogLevel.Warning,
        Message = "{Method} named {Uri}, which is not open; ignored")]
    public static partial void NotOpen(ILogger logger, string method, string uri);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Shutdown requested")]
    public static partial void ShutdownRequested(ILogger logger);

    [LoggerMessage(
        EventId = 4106,
        Level = LogLevel.Information,
        Message = "Session ended ({Reason}); exit code {ExitCode}")]
    public static partial void Ended(ILogger logger, string reason, int exitCode);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Error, Message = "{Method} failed")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string method);
}
