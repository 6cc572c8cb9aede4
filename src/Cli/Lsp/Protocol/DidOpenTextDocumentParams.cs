namespace Runbook.Cli.Lsp.Protocol;

/// <summary><c>textDocument/didOpen</c></summary>
internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);
