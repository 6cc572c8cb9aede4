using Runbook.Engine.Binding;
using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.LanguageService;

/// <summary>
/// A runbook with the position a test asks about marked by '|', which the language never uses, compiled
/// against <see cref="TestCatalog"/>.
/// </summary>
internal sealed record Cursor(RunbookCompilation Compilation, int Position)
{
    public string Text => Compilation.SyntaxTree.Text.Text;

    public static Cursor Parse(string marked)
    {
        var position = marked.IndexOf('|', StringComparison.Ordinal);
        Assert.True(position >= 0, "The source must mark the position with '|'.");
        var text = marked.Remove(position, 1).ReplaceLineEndings("\n");
        position = marked[..position].ReplaceLineEndings("\n").Length;
        return new Cursor(RunbookCompilation.Create(SourceText.From(text), TestCatalog.Instance), position);
    }

    /// <summary>The text a span covers, so a test can say which characters it expects.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>Where <paramref name="word"/> appears for the <paramref name="occurrence"/>-th time, from 0.</summary>
    public TextSpan Find(string word, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = Text.IndexOf(word, start + 1, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{word}' occurs fewer than {occurrence + 1} times.");
        }

        return new TextSpan(start, word.Length);
    }
}
