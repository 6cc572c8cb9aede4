namespace Runbook.Cli.Lsp.Protocol;

/// <summary>One completion; <see cref="SortText"/> keeps the server's order among equally good matches.</summary>
internal sealed record CompletionItem(
    string Label,
    int Kind,
    string Detail,
    MarkupContent? Documentation,
    TextEdit TextEdit,
    string SortText);
