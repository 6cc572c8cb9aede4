using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.LanguageService;

/// <summary>
/// The attributes a block accepts, by what owns the block: a step (its kind's and those every step accepts),
/// a connection (its kind's), the plan block, or the runbook itself. The same lists the binder checks.
/// </summary>
internal static class BlockAttributes
{
    /// <summary>
    /// The accepted attributes with, for each, what defines it for the docs, e.g. "step kind manual" or
    /// "every step".
    /// </summary>
    public static ImmutableArray<(AttributeSchema Schema, string Source)> For(SyntaxNode owner, ISchemaCatalog catalog)
    {
        switch (owner)
        {
            case StepDeclarationSyntax step:
                var kind = catalog.FindStepKind(step.KindName.Name);
                var own = kind?.Attributes.Select(schema => (schema, $"step kind {kind.Name}")) ?? [];
                return [.. own, .. BuiltInProperties.Step.Select(schema => (schema, "every step"))];
            case ConnectionDeclarationSyntax connection:
                var connectionKind = catalog.FindConnectionKind(connection.KindName.Name);
                var source = $"connection kind {connectionKind?.Name}";
                return connectionKind is null ? [] : [.. connectionKind.Attributes.Select(schema => (schema, source))];
            case PlanBlockSyntax:
                return [.. BuiltInProperties.Plan.Select(schema => (schema, "the plan block"))];
            case RunbookDeclarationSyntax:
                return [.. BuiltInProperties.Runbook.Select(schema => (schema, "the runbook"))];
            default:
                return [];
        }
    }

    /// <summary>The properties already written in the block that <paramref name="owner"/> owns.</summary>
    public static IEnumerable<PropertySyntax> Written(SyntaxNode owner) => owner switch
    {
        StepDeclarationSyntax step => step.Body.Properties,
        ConnectionDeclarationSyntax connection => connection.Body.Properties,
        PlanBlockSyntax plan => plan.Members.OfType<PropertySyntax>(),
        RunbookDeclarationSyntax runbook => runbook.Members.OfType<PropertySyntax>(),
        _ => [],
    };
}
