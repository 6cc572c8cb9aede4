using System.Collections.Immutable;
using Runbook.Engine.Text;

namespace Runbook.Engine.LanguageService;

/// <summary>One entry of a runbook's outline, as an editor's document symbols show it.</summary>
/// <param name="Name">What the entry is called: the declared name, or <c>require CONDITION</c>.</param>
/// <param name="Detail">A short line beside it: a kind, a type, a value.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Span">The whole declaration, without the comments around it.</param>
/// <param name="SelectionSpan">The part to select when the entry is chosen: the name, or the keyword.</param>
/// <param name="Children">The entries inside it: a block's properties, the plan's expectations.</param>
public sealed record OutlineSymbol(
    string Name,
    string Detail,
    OutlineSymbolKind Kind,
    TextSpan Span,
    TextSpan SelectionSpan,
    ImmutableArray<OutlineSymbol> Children);
