using Runbook.Engine.Formatting;
using Runbook.Engine.Syntax;
using Runbook.Engine.Text;

namespace Runbook.Engine.LanguageService;

/// <summary>Formatting for editors, through the same <see cref="Formatter"/> as <c>runbook fmt</c>.</summary>
public static class FormattingProvider
{
    /// <summary>
    /// One edit that replaces the whole document with its canonical layout; null when the document is already
    /// formatted, or has syntax errors (formatting must not guess what was meant, as <c>runbook fmt</c>).
    /// </summary>
    public static TextReplacement? Format(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var formatted = Formatter.Format(tree);
        return formatted is null || formatted == tree.Text.Text
            ? null
            : new TextReplacement(new TextSpan(0, tree.Text.Text.Length), formatted);
    }
}
