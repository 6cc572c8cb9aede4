using System.Collections.Immutable;

namespace Runbook.Cli.Lsp.Protocol;

/// <summary>
/// <c>textDocument/publishDiagnostics</c>: all the diagnostics of a version of a document, replacing earlier ones.
/// </summary>
internal sealed record PublishDiagnosticsParams(string Uri, int? Version, ImmutableArray<Diagnostic> Diagnostics);
