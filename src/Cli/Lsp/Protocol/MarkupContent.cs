namespace Runbook.Cli.Lsp.Protocol;

/// <summary>Text in Markdown.</summary>
internal sealed record MarkupContent(string Value)
{
    public string Kind => "markdown";
}
