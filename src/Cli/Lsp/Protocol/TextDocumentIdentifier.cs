namespace Runbook.Cli.Lsp.Protocol;

/// <summary>Names a document by its URI.</summary>
internal sealed record TextDocumentIdentifier(string Uri);
