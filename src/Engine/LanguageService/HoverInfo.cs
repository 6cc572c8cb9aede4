using Runbook.Engine.Text;

namespace Runbook.Engine.LanguageService;

/// <summary>What an editor shows when the pointer rests on a name.</summary>
/// <param name="Markdown">The text, in Markdown: a signature in a <c>runbook</c> code block, then the docs.</param>
/// <param name="Span">The name the hover is about.</param>
public sealed record HoverInfo(string Markdown, TextSpan Span);
