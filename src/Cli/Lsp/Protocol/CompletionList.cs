using System.Collections.Immutable;

namespace Runbook.Cli.Lsp.Protocol;

/// <summary>The result of <c>textDocument/completion</c>; complete, so the client filters as typing goes on.</summary>
internal sealed record CompletionList(ImmutableArray<CompletionItem> Items)
{
    public bool IsIncomplete => false;
}
