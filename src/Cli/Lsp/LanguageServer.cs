using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.Threading;
using Runbook.Engine.Plugins;
using StreamJsonRpc;

namespace Runbook.Cli.Lsp;

/// <summary>
/// The Language Server Protocol over a pair of streams: JSON-RPC messages with Content-Length headers, as
/// StreamJsonRpc reads and writes them. <c>runbook lsp</c> runs it on standard input and output; tests run it
/// on an in-memory pipe.
/// </summary>
internal static class LanguageServer
{
    /// <summary>Exit code when the client sent <c>shutdown</c> before <c>exit</c>.</summary>
    public const int CleanExit = 0;

    /// <summary>Exit code when the session ended any other way, as LSP asks.</summary>
    public const int UncleanExit = 1;

    /// <summary>Serves one client until it sends <c>exit</c>, closes the input, or the token is cancelled.</summary>
    public static async Task<int> RunAsync(
        Stream input,
        Stream output,
        ISchemaCatalog catalog,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(typeof(LanguageServer).FullName!);
        var formatter = new SystemTextJsonFormatter();
        Configure(formatter.JsonSerializerOptions);

        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter))
        {
            // One message at a time, in order: a change must be applied before the requests that follow it.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        var methods = new LanguageServerMethods(rpc, catalog, logger);
        rpc.AddLocalRpcTarget(methods, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        LspLog.Listening(logger, catalog.StepKinds.Count, catalog.ConnectionKinds.Count, catalog.Functions.Count);

        var cancelled = Task.Delay(Timeout.Infinite, cancellationToken);
        var ended = await Task.WhenAny(methods.Exited, rpc.Completion, cancelled).ConfigureAwait(false);

        var (reason, exitCode) = ended == methods.Exited
            ? ("exit", methods.ShutdownRequested ? CleanExit : UncleanExit)
            : ended == cancelled ? ("cancelled", UncleanExit) : ("input closed", UncleanExit);
        LspLog.Ended(logger, reason, exitCode);
        return exitCode;
    }

    /// <summary>LSP's JSON: camelCase names, absent rather than null optional fields.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    }
}
