using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Runbook.Engine.Binding;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.LanguageService;

/// <summary>
/// The outline of a runbook: its params, connections, requires, steps and plan block in the order written,
/// each with its properties (or, for the plan block, its properties and expectations) as children. The
/// runbook's own properties (title, version, ...) are left out: they are not declarations one navigates to.
/// </summary>
public static partial class SymbolCollector
{
    // Conditions are shown on one line and cut at this many characters.
    private const int MaxConditionLength = 60;

    /// <summary>The outline, from the syntax alone, so that it works while the file does not bind.</summary>
    public static ImmutableArray<OutlineSymbol> Collect(RunbookCompilation compilation)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var symbols = ImmutableArray.CreateBuilder<OutlineSymbol>();
        foreach (var member in compilation.SyntaxTree.Root.Runbook.Members)
        {
            if (Describe(member) is { } symbol)
            {
                symbols.Add(symbol);
            }
        }

        return symbols.ToImmutable();
    }

    private static OutlineSymbol? Describe(MemberSyntax member) => member switch
    {
        ParamDeclarationSyntax { Name.IsMissing: false } param => new OutlineSymbol(
            param.Name.Text, Written(param.Type), OutlineSymbolKind.Param, param.Span, param.Name.Span, []),
        ConnectionDeclarationSyntax { Name.IsMissing: false } connection => new OutlineSymbol(
            connection.Name.Text, connection.KindName.Name, OutlineSymbolKind.Connection, connection.Span,
            connection.Name.Span, Properties(connection.Body.Members)),
        RequireDeclarationSyntax require => new OutlineSymbol(
            "require " + OneLine(require.Condition), Because(require.Because), OutlineSymbolKind.Requirement,
            require.Span, require.RequireKeyword.Span, []),
        StepDeclarationSyntax { Name.IsMissing: false } step => new OutlineSymbol(
            step.Name.Text, step.KindName.Name, OutlineSymbolKind.Step, step.Span, step.Name.Span,
            Properties(step.Body.Members)),
        PlanBlockSyntax plan => new OutlineSymbol(
            "plan", string.Empty, OutlineSymbolKind.Plan, plan.Span, plan.PlanKeyword.Span, Properties(plan.Members)),
        _ => null,
    };

    private static ImmutableArray<OutlineSymbol> Properties(ImmutableArray<MemberSyntax> members)
    {
        var children = ImmutableArray.CreateBuilder<OutlineSymbol>();
        foreach (var member in members)
        {
            switch (member)
            {
                case PropertySyntax { Name.IsMissing: false } property:
                    children.Add(new OutlineSymbol(property.Name.Text, OneLine(property.Value),
                        OutlineSymbolKind.Property, property.Span, property.Name.Span, []));
                    break;
                case ExpectDeclarationSyntax expect:
                    children.Add(new OutlineSymbol("expect " + OneLine(expect.Condition), Because(expect.Because),
                        OutlineSymbolKind.Expectation, expect.Span, expect.ExpectKeyword.Span, []));
                    break;
            }
        }

        return children.ToImmutable();
    }

    private static string Because(BecauseClauseSyntax? because)
        => because is null ? string.Empty : OneLine(because.Reason);

    // The node's text without the trivia around it, on one line and cut to a readable length.
    private static string OneLine(SyntaxNode node)
    {
        var text = Whitespace().Replace(Written(node), " ");
        return text.Length <= MaxConditionLength ? text : text[..MaxConditionLength] + "…";
    }

    private static string Written(SyntaxNode node)
        => node.ToFullString().Substring(node.Span.Start - node.FullSpan.Start, node.Span.Length);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
