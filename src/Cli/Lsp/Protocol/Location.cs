namespace Runbook.Cli.Lsp.Protocol;

/// <summary>A range in a document.</summary>
internal sealed record Location(string Uri, Range Range);
