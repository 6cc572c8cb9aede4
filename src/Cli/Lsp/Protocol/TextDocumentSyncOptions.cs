namespace Runbook.Cli.Lsp.Protocol;

/// <summary>How documents are synchronised: opened and closed, and changed in full (1) or by ranges (2).</summary>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change)
{
    public const int Incremental = 2;
}
