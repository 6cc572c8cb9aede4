using Runbook.Engine.Syntax;

namespace Runbook.Engine.LanguageService;

/// <summary>
/// Finds declarations by name the way the binder does: params, connections and steps share one set of names
/// and the first declaration of a name is the one that counts.
/// </summary>
internal static class Declarations
{
    /// <summary>The first param, connection or step declared with <paramref name="name"/>.</summary>
    public static MemberSyntax? Find(SyntaxTree tree, string name)
        => tree.Root.Runbook.Members.FirstOrDefault(member => NameOf(member) is { IsMissing: false } token
            && token.Text == name);

    /// <summary>The name token of a param, connection or step declaration; null for other members.</summary>
    public static SyntaxToken? NameOf(MemberSyntax member) => member switch
    {
        ParamDeclarationSyntax param => param.Name,
        ConnectionDeclarationSyntax connection => connection.Name,
        StepDeclarationSyntax step => step.Name,
        _ => null,
    };

    /// <summary>The declaration a symbol of <paramref name="kind"/> named <paramref name="name"/> refers to.</summary>
    public static MemberSyntax? Find(SyntaxTree tree, LanguageSymbolKind kind, string name)
    {
        var declaration = Find(tree, name);
        return (kind, declaration) switch
        {
            (LanguageSymbolKind.Param, ParamDeclarationSyntax) => declaration,
            (LanguageSymbolKind.Connection, ConnectionDeclarationSyntax) => declaration,
            (LanguageSymbolKind.Step or LanguageSymbolKind.StepOutput, StepDeclarationSyntax) => declaration,
            _ => null,
        };
    }
}
