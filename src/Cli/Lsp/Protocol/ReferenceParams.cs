namespace Runbook.Cli.Lsp.Protocol;

/// <summary><c>textDocument/references</c></summary>
internal sealed record ReferenceParams(
    TextDocumentIdentifier TextDocument,
    Position Position,
    ReferenceContext? Context);
