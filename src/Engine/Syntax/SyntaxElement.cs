using System.Text;
using Runbook.Engine.Text;

namespace Runbook.Engine.Syntax;

/// <summary>A token or a node: anything that occupies a place in the tree.</summary>
public abstract class SyntaxElement
{
    private protected SyntaxElement()
    {
    }

    /// <summary>What this element is.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>
    /// The element's range without the leading trivia of its first token and trailing trivia of its last.
    /// </summary>
    public abstract TextSpan Span { get; }

    /// <summary>The element's range including all of its trivia.</summary>
    public abstract TextSpan FullSpan { get; }

    /// <summary>Writes the element's exact text, trivia included.</summary>
    public abstract void WriteTo(TextWriter writer);

    /// <summary>The element's exact text, trivia included.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder();
        using var writer = new StringWriter(builder);
        WriteTo(writer);
        return builder.ToString();
    }
}
