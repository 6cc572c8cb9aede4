namespace Runbook.Cli.Lsp.Protocol;

/// <summary>
/// One change: <see cref="Text"/> replaces <see cref="Range"/>, or the whole text when there is no range.
/// </summary>
internal sealed record TextDocumentContentChangeEvent(Range? Range, string Text);
