namespace Runbook.Engine.LanguageService;

/// <summary>One thing an editor offers to insert.</summary>
/// <param name="Label">What is shown and, unless <see cref="InsertText"/> says otherwise, inserted.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Detail">A short line shown beside it: a type, a signature, a kind.</param>
/// <param name="Documentation">Longer docs in Markdown, if any.</param>
public sealed record CompletionSuggestion(
    string Label,
    CompletionSuggestionKind Kind,
    string Detail,
    string? Documentation)
{
    /// <summary>The text to insert when it differs from the label, such as <c>org = </c> for an attribute.</summary>
    public string? InsertText { get; init; }
}
