namespace Runbook.Cli.Lsp.Protocol;

/// <summary>A zero-based line and UTF-16 character offset.</summary>
internal sealed record Position(int Line, int Character);
