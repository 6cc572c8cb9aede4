namespace Runbook.Cli.Lsp.Protocol;

/// <summary>The parameters of requests about a position: hover, completion, definition.</summary>
internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);
