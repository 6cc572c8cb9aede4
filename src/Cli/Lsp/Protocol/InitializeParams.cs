namespace Runbook.Cli.Lsp.Protocol;

/// <summary>The part of <c>initialize</c> the server reads: who the client is, for the log.</summary>
internal sealed record InitializeParams(ClientInfo? ClientInfo);
