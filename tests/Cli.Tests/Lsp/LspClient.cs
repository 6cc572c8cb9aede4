using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Nerdbank.Streams;
using Runbook.Cli.Lsp;
using Runbook.Engine.Plugins;
using StreamJsonRpc;

namespace Runbook.Cli.Tests.Lsp;

/// <summary>
/// An LSP client for tests: it runs the real server in process on one end of an in-memory duplex pipe and
/// speaks to it from the other end with JSON-RPC and Content-Length headers, as an editor does over stdio.
/// Results come back as raw JSON so the tests see exactly what goes over the wire.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    // Only a guard against a hung test: no test asserts how long anything took.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly JsonRpc _rpc;
    private readonly Task<int> _server;
    private readonly Channel<JsonElement> _diagnostics = Channel.CreateUnbounded<JsonElement>();

    private LspClient(Stream toServer, Stream fromServer, Task<int> server)
    {
        _server = server;
        var formatter = new SystemTextJsonFormatter();
        LanguageServer.Configure(formatter.JsonSerializerOptions);
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(toServer, fromServer, formatter));
        _rpc.AddLocalRpcTarget(new ClientMethods(_diagnostics.Writer));
        _rpc.StartListening();
    }

    /// <summary>Runs the server in process on one end of a pipe, with the built-in plugins by default.</summary>
    public static LspClient Start(ISchemaCatalog? catalog = null)
    {
        var plugins = catalog ?? PluginSetup.Create(null);
        var (clientEnd, serverEnd) = FullDuplexStream.CreatePair();
        var server = Task.Run(() => LanguageServer.RunAsync(
            serverEnd, serverEnd, plugins, NullLoggerFactory.Instance, CancellationToken.None));
        return new LspClient(clientEnd, clientEnd, server);
    }

    /// <summary>A client of a server that runs elsewhere, such as a child process, whose end is the task.</summary>
    public static LspClient ForStreams(Stream toServer, Stream fromServer, Task<int> server)
        => new(toServer, fromServer, server);

    public static string Uri(string name) => new Uri(Path.Combine(Path.GetTempPath(), name)).AbsoluteUri;

    public async Task<JsonElement> InitializeAsync()
    {
        var result = await RequestAsync("initialize", new
        {
            processId = (int?)null,
            clientInfo = new { name = "tests", version = "1" },
            capabilities = new { },
        });
        await NotifyAsync("initialized", new { });
        return result;
    }

    public Task<JsonElement> RequestAsync(string method, object? parameters = null)
        => _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters).WaitAsync(Patience);

    public Task NotifyAsync(string method, object? parameters = null)
        => _rpc.NotifyWithParameterObjectAsync(method, parameters).WaitAsync(Patience);

    /// <summary>Opens a document and returns the diagnostics the server publishes for it.</summary>
    public async Task<JsonElement> OpenAsync(string uri, string text)
    {
        await NotifyAsync("textDocument/didOpen", new
        {
            textDocument = new { uri, languageId = "runbook", version = 1, text },
        });
        return await NextDiagnosticsAsync();
    }

    /// <summary>Sends one change that replaces a range (or the whole text when no range is given).</summary>
    public async Task<JsonElement> ChangeAsync(string uri, int version, string text, object? range = null)
    {
        object change = range is null ? new { text } : new { range, text };
        await NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version },
            contentChanges = new[] { change },
        });
        return await NextDiagnosticsAsync();
    }

    /// <summary>The next <c>textDocument/publishDiagnostics</c> notification's params.</summary>
    public async Task<JsonElement> NextDiagnosticsAsync()
        => await _diagnostics.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    /// <summary>True when a diagnostics notification has arrived and not been read.</summary>
    public bool HasPendingDiagnostics => _diagnostics.Reader.TryPeek(out _);

    public static object Position(int line, int character) => new { line, character };

    public static object TextDocument(string uri) => new { uri };

    public Task<JsonElement> AtAsync(string method, string uri, int line, int character)
        => RequestAsync(method, new { textDocument = TextDocument(uri), position = Position(line, character) });

    /// <summary>Sends shutdown and exit and returns the server's exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        await RequestAsync("shutdown");
        return await ExitAsync();
    }

    public async Task<int> ExitAsync()
    {
        await NotifyAsync("exit");
        return await _server.WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        try
        {
            await _server.WaitAsync(Patience);
        }
        catch (Exception exception)
            when (exception is ObjectDisposedException or IOException or OperationCanceledException)
        {
            // The server stops when its pipe closes; how it noticed does not matter to the test.
        }
    }

    private sealed class ClientMethods(ChannelWriter<JsonElement> diagnostics)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JsonElement parameters) => diagnostics.TryWrite(parameters.Clone());
    }
}
