using System.Collections.Immutable;

namespace Runbook.Cli.Lsp.Protocol;

/// <summary>One entry of the outline; <see cref="SelectionRange"/> lies within <see cref="Range"/>.</summary>
internal sealed record DocumentSymbol(
    string Name,
    string Detail,
    int Kind,
    Range Range,
    Range SelectionRange,
    ImmutableArray<DocumentSymbol> Children);
