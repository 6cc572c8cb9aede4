namespace Runbook.Cli.Lsp.Protocol;

/// <summary>The result of <c>textDocument/hover</c>.</summary>
internal sealed record Hover(MarkupContent Contents, Range Range);
