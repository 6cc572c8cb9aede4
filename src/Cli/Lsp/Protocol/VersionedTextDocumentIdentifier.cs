namespace Runbook.Cli.Lsp.Protocol;

/// <summary>Names a document and the version a change brings it to.</summary>
internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);
