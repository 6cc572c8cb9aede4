namespace Runbook.Cli.Lsp.Protocol;

/// <summary>What the server can do, and who it is.</summary>
internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);
