namespace Runbook.Cli.Lsp.Protocol;

/// <summary>A document as the client opened it.</summary>
internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);
