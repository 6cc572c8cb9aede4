namespace Runbook.Cli.Lsp.Protocol;

/// <summary>The client's name and version.</summary>
internal sealed record ClientInfo(string Name, string? Version);
