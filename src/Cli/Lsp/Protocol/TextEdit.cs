namespace Runbook.Cli.Lsp.Protocol;

/// <summary><see cref="NewText"/> replaces <see cref="Range"/>.</summary>
internal sealed record TextEdit(Range Range, string NewText);
