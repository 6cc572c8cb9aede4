using Runbook.Engine.Syntax;

namespace Runbook.Engine.LanguageService;

/// <summary>A name at a position and what it stands for.</summary>
/// <param name="Kind">What sort of thing it names.</param>
/// <param name="Name">The name: a param's, a kind's (dotted), an attribute's, ...</param>
/// <param name="Token">The token the name was found in.</param>
internal sealed record ResolvedSymbol(LanguageSymbolKind Kind, string Name, SyntaxToken Token)
{
    /// <summary>For a step output, the step that produces it.</summary>
    public string? StepName { get; init; }

    /// <summary>
    /// For an attribute, the declaration whose block holds it: a step, a connection, the plan block or the
    /// runbook declaration itself.
    /// </summary>
    public SyntaxNode? Owner { get; init; }
}
