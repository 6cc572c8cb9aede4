using Runbook.Engine.Syntax;

namespace Runbook.Engine.LanguageService;

/// <summary>
/// Says what the name at a position stands for, from the syntax alone and by the binder's rules, so that it
/// also works in a runbook that does not bind yet: <c>param.X</c> is a param, <c>steps.X.Y</c> a step and
/// its output, a bare name a connection (or a function when it is called), a property's name an attribute
/// of its block's kind.
/// </summary>
internal static class SymbolResolver
{
    /// <summary>The name that roots step outputs, <c>steps.NAME.OUTPUT</c>.</summary>
    public const string StepsRoot = "steps";

    public static ResolvedSymbol? Resolve(SyntaxIndex index, int position)
    {
        var token = index.TokenAt(position);
        if (token is null || token.Kind != SyntaxKind.IdentifierToken || index.Parent(token) is not { } parent)
        {
            return null;
        }

        return parent switch
        {
            ParamDeclarationSyntax param when param.Name == token => new(LanguageSymbolKind.Param, token.Text, token),
            ConnectionDeclarationSyntax connection when connection.Name == token =>
                new(LanguageSymbolKind.Connection, token.Text, token),
            StepDeclarationSyntax step when step.Name == token => new(LanguageSymbolKind.Step, token.Text, token),
            KindNameSyntax kind => ResolveKind(index, kind, token),
            PropertySyntax property when property.Name == token => ResolveAttribute(index, property, token),
            MemberAccessExpressionSyntax access when access.Name == token => ResolveMemberAccess(access, token),
            NameExpressionSyntax name => ResolveName(index, name, token),
            _ => null,
        };
    }

    /// <summary>The step named by <c>steps.NAME</c>, when <paramref name="access"/> is that expression.</summary>
    public static bool IsStepReference(MemberAccessExpressionSyntax access)
        => access.Target is NameExpressionSyntax { Identifier.Text: StepsRoot } && !access.Name.IsMissing;

    private static ResolvedSymbol? ResolveKind(SyntaxIndex index, KindNameSyntax kind, SyntaxToken token)
        => index.Parent(kind) switch
        {
            StepDeclarationSyntax => new(LanguageSymbolKind.StepKind, kind.Name, token),
            ConnectionDeclarationSyntax => new(LanguageSymbolKind.ConnectionKind, kind.Name, token),
            _ => null,
        };

    private static ResolvedSymbol? ResolveAttribute(SyntaxIndex index, PropertySyntax property, SyntaxToken token)
    {
        var owner = index.Parent(property) switch
        {
            BlockSyntax block => index.Parent(block),
            PlanBlockSyntax plan => plan,
            RunbookDeclarationSyntax runbook => runbook,
            _ => null,
        };
        return owner is null ? null : new(LanguageSymbolKind.Attribute, token.Text, token) { Owner = owner };
    }

    private static ResolvedSymbol? ResolveMemberAccess(MemberAccessExpressionSyntax access, SyntaxToken token)
    {
        switch (access.Target)
        {
            case ParamRootExpressionSyntax:
                return new(LanguageSymbolKind.Param, token.Text, token);
            case NameExpressionSyntax { Identifier.Text: StepsRoot }:
                return new(LanguageSymbolKind.Step, token.Text, token);
            case MemberAccessExpressionSyntax step when IsStepReference(step):
                return new(LanguageSymbolKind.StepOutput, token.Text, token) { StepName = step.Name.Text };
            default:
                return null;
        }
    }

    private static ResolvedSymbol? ResolveName(SyntaxIndex index, NameExpressionSyntax name, SyntaxToken token)
    {
        if (index.Parent(name) is CallExpressionSyntax call && call.Target == name)
        {
            return new(LanguageSymbolKind.Function, token.Text, token);
        }

        return Declarations.Find(index.Tree, token.Text) is ConnectionDeclarationSyntax
            ? new(LanguageSymbolKind.Connection, token.Text, token)
            : null;
    }
}
