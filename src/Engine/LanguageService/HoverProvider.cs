using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.LanguageService;

/// <summary>
/// Hover docs: for step kinds, connection kinds and functions from their plugins' schemas; for attributes from
/// the schema of the block's kind (type, required or default, secret, doc); for params, connections, steps
/// and step outputs from their declarations.
/// </summary>
public static class HoverProvider
{
    /// <summary>The hover for the name at <paramref name="position"/>, or null where there is nothing to say.</summary>
    public static HoverInfo? GetHover(RunbookCompilation compilation, ISchemaCatalog catalog, int position)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(catalog);

        var index = SyntaxIndex.Create(compilation.SyntaxTree);
        var symbol = SymbolResolver.Resolve(index, position);
        var markdown = symbol is null ? null : Describe(index.Tree, catalog, symbol);
        return markdown is null ? null : new HoverInfo(markdown, symbol!.Token.Span);
    }

    private static string? Describe(SyntaxTree tree, ISchemaCatalog catalog, ResolvedSymbol symbol)
    {
        switch (symbol.Kind)
        {
            case LanguageSymbolKind.StepKind:
                return catalog.FindStepKind(symbol.Name) is { } stepKind ? SchemaDocs.StepKind(stepKind) : null;
            case LanguageSymbolKind.ConnectionKind:
                return catalog.FindConnectionKind(symbol.Name) is { } connectionKind
                    ? SchemaDocs.ConnectionKind(connectionKind)
                    : null;
            case LanguageSymbolKind.Function:
                return catalog.FindFunction(symbol.Name) is { } function ? SchemaDocs.Function(function) : null;
            case LanguageSymbolKind.Attribute:
                var attribute = BlockAttributes.For(symbol.Owner!, catalog)
                    .FirstOrDefault(candidate => candidate.Schema.Name == symbol.Name);
                return attribute.Schema is null ? null : SchemaDocs.Attribute(attribute.Schema, attribute.Source);
        }

        var name = symbol.Kind == LanguageSymbolKind.StepOutput ? symbol.StepName! : symbol.Name;
        return Declarations.Find(tree, symbol.Kind, name) switch
        {
            ParamDeclarationSyntax param => SchemaDocs.Param(param),
            ConnectionDeclarationSyntax connection =>
                SchemaDocs.Connection(connection, catalog.FindConnectionKind(connection.KindName.Name)),
            StepDeclarationSyntax step when symbol.Kind == LanguageSymbolKind.Step =>
                SchemaDocs.Step(step, catalog.FindStepKind(step.KindName.Name)),
            StepDeclarationSyntax step => catalog.FindStepKind(step.KindName.Name)?.Outputs
                .FirstOrDefault(output => output.Name == symbol.Name) is { } output
                    ? SchemaDocs.Output(step.Name.Text, output)
                    : null,
            _ => null,
        };
    }
}
