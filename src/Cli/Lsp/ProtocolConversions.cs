using System.Collections.Immutable;
using Runbook.Cli.Lsp.Protocol;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.LanguageService;
using Runbook.Engine.Text;
using EngineDiagnostic = Runbook.Engine.Diagnostics.Diagnostic;
using LspDiagnostic = Runbook.Cli.Lsp.Protocol.Diagnostic;
using LspRange = Runbook.Cli.Lsp.Protocol.Range;

namespace Runbook.Cli.Lsp;

/// <summary>
/// Between the engine's offsets and results and LSP's shapes. Both count UTF-16 code units in zero-based
/// lines, so positions map one to one.
/// </summary>
internal static class ProtocolConversions
{
    public static int ToOffset(SourceText text, Position position)
        => text.GetPosition(new LinePosition(position.Line, position.Character));

    public static Position ToPosition(SourceText text, int offset)
    {
        var position = text.GetLinePosition(offset);
        return new Position(position.Line, position.Character);
    }

    public static LspRange ToRange(SourceText text, TextSpan span)
        => new(ToPosition(text, span.Start), ToPosition(text, span.End));

    public static LspDiagnostic ToDiagnostic(SourceText text, EngineDiagnostic diagnostic)
    {
        var unused = diagnostic.Descriptor == DiagnosticCatalog.UnusedParam
            || diagnostic.Descriptor == DiagnosticCatalog.UnusedConnection;
        return new LspDiagnostic(
            ToRange(text, diagnostic.Span),
            diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => LspDiagnostic.Error,
                DiagnosticSeverity.Warning => LspDiagnostic.Warning,
                _ => LspDiagnostic.Information,
            },
            diagnostic.Code,
            "runbook",
            diagnostic.Message)
        {
            Tags = unused ? [LspDiagnostic.Unnecessary] : null,
        };
    }

    public static Hover ToHover(SourceText text, HoverInfo hover)
        => new(new MarkupContent(hover.Markdown), ToRange(text, hover.Span));

    public static CompletionList ToCompletionList(SourceText text, CompletionResult result)
    {
        var range = ToRange(text, result.ReplaceSpan);
        return new CompletionList([
            .. result.Items.Select((item, index) => new CompletionItem(
                item.Label,
                CompletionKind(item.Kind),
                item.Detail,
                item.Documentation is null ? null : new MarkupContent(item.Documentation),
                new TextEdit(range, item.InsertText ?? item.Label),
                index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))),
        ]);
    }

    public static DocumentSymbol ToDocumentSymbol(SourceText text, OutlineSymbol symbol) => new(
        symbol.Name,
        symbol.Detail,
        symbol.Kind switch
        {
            OutlineSymbolKind.Param => 13,
            OutlineSymbolKind.Connection => 19,
            OutlineSymbolKind.Requirement or OutlineSymbolKind.Expectation => 17,
            OutlineSymbolKind.Step => 12,
            OutlineSymbolKind.Plan => 3,
            _ => 7,
        },
        ToRange(text, symbol.Span),
        ToRange(text, symbol.SelectionSpan),
        [.. symbol.Children.Select(child => ToDocumentSymbol(text, child))]);

    public static ImmutableArray<TextEdit> ToTextEdits(SourceText text, TextReplacement? replacement)
        => replacement is null ? [] : [new TextEdit(ToRange(text, replacement.Span), replacement.NewText)];

    // LSP's CompletionItemKind numbers; the choice only decides the icon the editor shows.
    private static int CompletionKind(CompletionSuggestionKind kind) => kind switch
    {
        CompletionSuggestionKind.StepKind => 7,
        CompletionSuggestionKind.ConnectionKind => 8,
        CompletionSuggestionKind.Type => 22,
        CompletionSuggestionKind.Attribute => 10,
        CompletionSuggestionKind.Param => 6,
        CompletionSuggestionKind.Step => 9,
        CompletionSuggestionKind.StepOutput => 5,
        CompletionSuggestionKind.Connection => 18,
        CompletionSuggestionKind.Function => 3,
        _ => 14,
    };
}
