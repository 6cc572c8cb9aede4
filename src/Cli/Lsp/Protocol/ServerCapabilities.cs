namespace Runbook.Cli.Lsp.Protocol;

/// <summary>The features the server offers.</summary>
internal sealed record ServerCapabilities
{
    public required TextDocumentSyncOptions TextDocumentSync { get; init; }

    public bool HoverProvider { get; init; }

    public CompletionOptions? CompletionProvider { get; init; }

    public bool DefinitionProvider { get; init; }

    public bool ReferencesProvider { get; init; }

    public bool DocumentSymbolProvider { get; init; }

    public bool DocumentFormattingProvider { get; init; }
}
