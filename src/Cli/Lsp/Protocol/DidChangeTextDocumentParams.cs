using System.Collections.Immutable;

namespace Runbook.Cli.Lsp.Protocol;

/// <summary><c>textDocument/didChange</c>: the changes apply one after the other.</summary>
internal sealed record DidChangeTextDocumentParams(
    VersionedTextDocumentIdentifier TextDocument,
    ImmutableArray<TextDocumentContentChangeEvent> ContentChanges);
