namespace Runbook.Cli.Lsp.Protocol;

/// <summary>
/// The parameters of requests about a whole document: <c>textDocument/didClose</c>,
/// <c>textDocument/documentSymbol</c> and <c>textDocument/formatting</c> (whose options are not needed: the
/// layout is canonical).
/// </summary>
internal sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);
