using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Syntax;
using Runbook.Engine.Text;

namespace Runbook.Engine.LanguageService;

/// <summary>
/// Go to definition and find references for the names a runbook declares itself: params, connections and
/// steps (and the outputs read from a step). Kinds, attributes and functions come from plugins and have no
/// declaration in the file.
/// </summary>
public static class DefinitionFinder
{
    /// <summary>
    /// The name in the declaration of what the name at <paramref name="position"/> refers to; null when there
    /// is no name there, or it names nothing declared in the file. An output leads to the step producing it.
    /// </summary>
    public static TextSpan? FindDefinition(RunbookCompilation compilation, int position)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var index = SyntaxIndex.Create(compilation.SyntaxTree);
        return SymbolResolver.Resolve(index, position) is { } symbol ? DeclarationSpan(index, symbol) : null;
    }

    /// <summary>
    /// Every place in the file that refers to the same param, connection, step or step output as the name at
    /// <paramref name="position"/>, in source order, with the declaration's name among them when
    /// <paramref name="includeDeclaration"/> is true. Empty when the position names none of those.
    /// </summary>
    public static ImmutableArray<TextSpan> FindReferences(
        RunbookCompilation compilation,
        int position,
        bool includeDeclaration)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var index = SyntaxIndex.Create(compilation.SyntaxTree);
        var symbol = SymbolResolver.Resolve(index, position);
        if (symbol is null || symbol.Kind is not (LanguageSymbolKind.Param or LanguageSymbolKind.Connection
            or LanguageSymbolKind.Step or LanguageSymbolKind.StepOutput))
        {
            return [];
        }

        var spans = new SortedSet<TextSpan>(Comparer<TextSpan>.Create((a, b) => a.Start.CompareTo(b.Start)));
        foreach (var node in compilation.SyntaxTree.Root.DescendantNodesAndSelf())
        {
            if (ReferenceIn(index, node, symbol) is { } span)
            {
                spans.Add(span);
            }
        }

        if (includeDeclaration && symbol.Kind != LanguageSymbolKind.StepOutput
            && DeclarationSpan(index, symbol) is { } declaration)
        {
            spans.Add(declaration);
        }

        return [.. spans];
    }

    private static TextSpan? DeclarationSpan(SyntaxIndex index, ResolvedSymbol symbol)
    {
        var name = symbol.Kind == LanguageSymbolKind.StepOutput ? symbol.StepName! : symbol.Name;
        var declaration = Declarations.Find(index.Tree, symbol.Kind, name);
        return declaration is null ? null : Declarations.NameOf(declaration)!.Span;
    }

    // The span of the name in `node` if `node` is a reference to the symbol, by the same rules as the binder.
    private static TextSpan? ReferenceIn(SyntaxIndex index, SyntaxNode node, ResolvedSymbol symbol)
    {
        switch (symbol.Kind, node)
        {
            case (LanguageSymbolKind.Param, MemberAccessExpressionSyntax { Target: ParamRootExpressionSyntax } access)
                when access.Name.Text == symbol.Name:
                return access.Name.Span;

            case (LanguageSymbolKind.Connection, NameExpressionSyntax name)
                when name.Identifier.Text == symbol.Name
                    && !(index.Parent(name) is CallExpressionSyntax call && call.Target == name):
                return name.Identifier.Span;

            case (LanguageSymbolKind.Step, MemberAccessExpressionSyntax access)
                when SymbolResolver.IsStepReference(access) && access.Name.Text == symbol.Name:
                return access.Name.Span;

            case (LanguageSymbolKind.StepOutput, MemberAccessExpressionSyntax
                {
                    Target: MemberAccessExpressionSyntax step,
                } access)
                when SymbolResolver.IsStepReference(step) && step.Name.Text == symbol.StepName
                    && access.Name.Text == symbol.Name:
                return access.Name.Span;

            default:
                return null;
        }
    }
}
