using System.Collections.Immutable;
using Runbook.Engine.Text;

namespace Runbook.Engine.LanguageService;

/// <summary>The suggestions at a position and the text a chosen one replaces.</summary>
/// <param name="Items">The suggestions, in the order they are best shown.</param>
/// <param name="ReplaceSpan">
/// What a suggestion replaces: the word being typed, or the whole dotted kind name typed so far (so that
/// choosing <c>salesforce.delete_records</c> after <c>salesforce.de</c> does not repeat the prefix); empty at
/// the position when nothing has been typed yet.
/// </param>
public sealed record CompletionResult(ImmutableArray<CompletionSuggestion> Items, TextSpan ReplaceSpan)
{
    /// <summary>Nothing to suggest at <paramref name="position"/>.</summary>
    public static CompletionResult None(int position) => new([], new TextSpan(position, 0));
}
