using Runbook.Engine.Text;

namespace Runbook.Engine.LanguageService;

/// <summary>An edit: the characters of <paramref name="Span"/> become <paramref name="NewText"/>.</summary>
/// <param name="Span">What is replaced.</param>
/// <param name="NewText">What replaces it.</param>
public sealed record TextReplacement(TextSpan Span, string NewText);
