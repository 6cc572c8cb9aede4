using Runbook.Engine.Binding;

namespace Runbook.Cli.Lsp;

/// <summary>A document the client has open: its version and its text, parsed and bound.</summary>
/// <param name="Uri">The URI the client names it by.</param>
/// <param name="Version">The client's version number of the text.</param>
/// <param name="Compilation">The text compiled against the server's plugins.</param>
internal sealed record OpenDocument(string Uri, int Version, RunbookCompilation Compilation)
{
    public string Text => Compilation.SyntaxTree.Text.Text;
}
