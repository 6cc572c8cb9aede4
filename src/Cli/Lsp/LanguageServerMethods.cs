using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Runbook.Cli.Lsp.Protocol;
using Runbook.Engine.LanguageService;
using Runbook.Engine.Plugins;
using Runbook.Engine.Text;
using StreamJsonRpc;

namespace Runbook.Cli.Lsp;

/// <summary>
/// The LSP methods the server answers, each a thin translation between the protocol and the engine's language
/// service. The connection runs them one at a time in the order they arrived, so a request always sees the
/// text of every change sent before it.
/// </summary>
internal sealed class LanguageServerMethods(JsonRpc rpc, ISchemaCatalog catalog, ILogger logger)
{
    private static readonly ImmutableArray<string> TriggerCharacters = [".", ":"];

    private readonly DocumentStore _documents = new(catalog);
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the client sends <c>exit</c>.</summary>
    public Task Exited => _exited.Task;

    /// <summary>True once the client has asked for <c>shutdown</c>; an exit without it ends with exit code 1.</summary>
    public bool ShutdownRequested { get; private set; }

    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams request)
    {
        LspLog.Initialized(logger, request.ClientInfo?.Name ?? "(unnamed)", request.ClientInfo?.Version ?? "unknown");
        var capabilities = new ServerCapabilities
        {
            TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncOptions.Incremental),
            HoverProvider = true,
            CompletionProvider = new CompletionOptions(TriggerCharacters),
            DefinitionProvider = true,
            ReferencesProvider = true,
            DocumentSymbolProvider = true,
            DocumentFormattingProvider = true,
        };
        return new InitializeResult(capabilities, new ServerInfo("runbook", ToolVersion.Current));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized()
    {
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        LspLog.ShutdownRequested(logger);
        ShutdownRequested = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exited.TrySetResult();

    [JsonRpcMethod("textDocument/didOpen")]
    public Task DidOpenAsync(DidOpenTextDocumentParams request)
        => PublishAsync(Checked(() => _documents.Open(request.TextDocument)));

    [JsonRpcMethod("textDocument/didChange")]
    public Task DidChangeAsync(DidChangeTextDocumentParams request)
    {
        var document = Checked(() => _documents.Change(request.TextDocument, request.ContentChanges));
        if (document is null)
        {
            LspLog.NotOpen(logger, "textDocument/didChange", request.TextDocument.Uri);
            return Task.CompletedTask;
        }

        return PublishAsync(document);
    }

    [JsonRpcMethod("textDocument/didClose")]
    public Task DidCloseAsync(TextDocumentParams request)
    {
        // A closed document's problems leave the editor's problem list with it.
        _documents.Close(request.TextDocument.Uri);
        return rpc.NotifyWithParameterObjectAsync(
            "textDocument/publishDiagnostics", new PublishDiagnosticsParams(request.TextDocument.Uri, null, []));
    }

    [JsonRpcMethod("textDocument/hover")]
    public Hover? Hover(TextDocumentPositionParams request)
        => At(request.TextDocument, "textDocument/hover", (document, text) =>
        {
            var position = ProtocolConversions.ToOffset(text, request.Position);
            var hover = HoverProvider.GetHover(document.Compilation, catalog, position);
            return hover is null ? null : ProtocolConversions.ToHover(text, hover);
        });

    [JsonRpcMethod("textDocument/completion")]
    public CompletionList? Completion(TextDocumentPositionParams request)
        => At(request.TextDocument, "textDocument/completion", (document, text) =>
        {
            var position = ProtocolConversions.ToOffset(text, request.Position);
            var completions = CompletionProvider.GetCompletions(document.Compilation, catalog, position);
            return ProtocolConversions.ToCompletionList(text, completions);
        });

    [JsonRpcMethod("textDocument/definition")]
    public Location? Definition(TextDocumentPositionParams request)
        => At(request.TextDocument, "textDocument/definition", (document, text) =>
        {
            var position = ProtocolConversions.ToOffset(text, request.Position);
            var span = DefinitionFinder.FindDefinition(document.Compilation, position);
            return span is null ? null : new Location(document.Uri, ProtocolConversions.ToRange(text, span.Value));
        });

    [JsonRpcMethod("textDocument/references")]
    public ImmutableArray<Location>? References(ReferenceParams request)
        => At(request.TextDocument, "textDocument/references", (document, text) =>
        {
            var position = ProtocolConversions.ToOffset(text, request.Position);
            var includeDeclaration = request.Context?.IncludeDeclaration ?? true;
            var spans = DefinitionFinder.FindReferences(document.Compilation, position, includeDeclaration);
            return (ImmutableArray<Location>?)[
                .. spans.Select(span => new Location(document.Uri, ProtocolConversions.ToRange(text, span))),
            ];
        });

    [JsonRpcMethod("textDocument/documentSymbol")]
    public ImmutableArray<DocumentSymbol>? DocumentSymbol(TextDocumentParams request)
        => At(request.TextDocument, "textDocument/documentSymbol", (document, text) =>
        {
            var symbols = SymbolCollector.Collect(document.Compilation);
            return (ImmutableArray<DocumentSymbol>?)[
                .. symbols.Select(symbol => ProtocolConversions.ToDocumentSymbol(text, symbol)),
            ];
        });

    [JsonRpcMethod("textDocument/formatting")]
    public ImmutableArray<TextEdit>? Formatting(TextDocumentParams request)
        => At(request.TextDocument, "textDocument/formatting", (document, text) =>
        {
            var edit = FormattingProvider.Format(document.Compilation.SyntaxTree);
            return (ImmutableArray<TextEdit>?)ProtocolConversions.ToTextEdits(text, edit);
        });

    // Answers a request about an open document; a document the client never opened has no answer (null).
    private T? At<T>(TextDocumentIdentifier identifier, string method, Func<OpenDocument, SourceText, T?> answer)
    {
        if (_documents.Find(identifier.Uri) is not { } document)
        {
            LspLog.NotOpen(logger, method, identifier.Uri);
            return default;
        }

        try
        {
            return answer(document, document.Compilation.SyntaxTree.Text);
        }
        catch (Exception exception)
        {
            LspLog.RequestFailed(logger, exception, method);
            throw;
        }
    }

    private OpenDocument? Checked(Func<OpenDocument?> compile)
    {
        var stopwatch = Stopwatch.StartNew();
        var document = compile();
        if (document is not null)
        {
            LspLog.Checked(logger, document.Uri, document.Version, document.Compilation.Diagnostics.Length,
                stopwatch.Elapsed.TotalMilliseconds);
        }

        return document;
    }

    private Task PublishAsync(OpenDocument? document)
    {
        if (document is null)
        {
            return Task.CompletedTask;
        }

        var text = document.Compilation.SyntaxTree.Text;
        var diagnostics = document.Compilation.Diagnostics
            .Select(diagnostic => ProtocolConversions.ToDiagnostic(text, diagnostic))
            .ToImmutableArray();
        var notification = new PublishDiagnosticsParams(document.Uri, document.Version, diagnostics);
        return rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", notification);
    }
}
