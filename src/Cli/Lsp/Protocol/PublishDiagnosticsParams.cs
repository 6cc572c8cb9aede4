using System.Collections.Immutable;

namespace Runbook.Cli.Lsp.Protocol;

/// <summary><c>textDocument/publishDiagnostics</c>: every diagnostic of a document's version, replacing the previous ones.</summary>
internal sealed record PublishDiagnosticsParams(string Uri, int? Version, ImmutableArray<Diagnostic> Diagnostics);
