using System.Collections.Immutable;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.LanguageService;

/// <summary>
/// The written tokens of a tree in source order, with the parent of every element, which the immutable nodes
/// do not keep. An editor asks about one position at a time, so the index is built per question: a runbook
/// of a few hundred lines has a few thousand tokens, and one walk over them costs far less than parsing did.
/// </summary>
internal sealed class SyntaxIndex
{
    private readonly Dictionary<SyntaxElement, SyntaxNode> _parents = new(ReferenceEqualityComparer.Instance);

    private SyntaxIndex(SyntaxTree tree)
    {
        Tree = tree;
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();

        // Depth first with an explicit stack, children in order, so tokens come out in source order.
        var stack = new Stack<(SyntaxNode Node, IEnumerator<SyntaxElement> Children)>();
        stack.Push((tree.Root, tree.Root.Children.GetEnumerator()));
        while (stack.Count > 0)
        {
            var (node, children) = stack.Peek();
            if (!children.MoveNext())
            {
                stack.Pop();
                continue;
            }

            var child = children.Current;
            _parents[child] = node;
            switch (child)
            {
                case SyntaxToken { IsMissing: false, Kind: not SyntaxKind.EndOfFileToken } token:
                    tokens.Add(token);
                    break;
                case SyntaxNode childNode:
                    stack.Push((childNode, childNode.Children.GetEnumerator()));
                    break;
            }
        }

        Tokens = tokens.ToImmutable();
    }

    public SyntaxTree Tree { get; }

    /// <summary>The tokens that were written, in source order, without the end-of-file token.</summary>
    public ImmutableArray<SyntaxToken> Tokens { get; }

    public static SyntaxIndex Create(SyntaxTree tree) => new(tree);

    public SyntaxNode? Parent(SyntaxElement element) => _parents.GetValueOrDefault(element);

    /// <summary>The element's parent, its parent's parent, and so on up to the root.</summary>
    public IEnumerable<SyntaxNode> Ancestors(SyntaxElement element)
    {
        for (var parent = Parent(element); parent is not null; parent = Parent(parent))
        {
            yield return parent;
        }
    }

    /// <summary>
    /// The token a person points at: the one under the position, or else the name that ends right there,
    /// since a cursor placed just after a word is about that word.
    /// </summary>
    public SyntaxToken? TokenAt(int position)
    {
        var index = IndexOfFirstEndingAfter(position);
        var under = index < Tokens.Length && Tokens[index].Span.Start <= position ? Tokens[index] : null;
        var before = index > 0 && Tokens[index - 1].Span.End == position && IsWord(Tokens[index - 1])
            ? Tokens[index - 1]
            : null;

        // Between a word and punctuation, as in `param.sandbox|}`, the word is what the person means.
        return under is not null && (before is null || IsWord(under) || under.Span.Start < position) ? under : before;
    }

    /// <summary>The index of the last token that ends at or before <paramref name="position"/>, or -1.</summary>
    public int IndexOfLastEndingAtOrBefore(int position) => IndexOfFirstEndingAfter(position) - 1;

    /// <summary>True when <paramref name="position"/> is inside a comment, its end included.</summary>
    public bool IsInComment(int position)
    {
        var index = IndexOfFirstEndingAfter(position);
        var trivia = new List<SyntaxTrivia>();
        if (index < Tokens.Length)
        {
            trivia.AddRange(Tokens[index].LeadingTrivia);
        }
        else
        {
            trivia.AddRange(Tree.Root.EndOfFile.LeadingTrivia);
        }

        if (index > 0)
        {
            trivia.AddRange(Tokens[index - 1].TrailingTrivia);
        }

        return trivia.Any(item => item.Kind == SyntaxKind.CommentTrivia
            && item.Span.Start < position && position <= item.Span.End);
    }

    /// <summary>True when only blanks stand between the line's start and <paramref name="position"/>.</summary>
    public bool StartsLine(int position)
    {
        var text = Tree.Text;
        var lineStart = text.GetLineSpan(text.GetLinePosition(position).Line, includeLineBreak: false).Start;
        return text.Text.AsSpan(lineStart, position - lineStart).Trim(" \t").IsEmpty;
    }

    /// <summary>True for names and keywords: the tokens a person types letter by letter.</summary>
    public static bool IsWord(SyntaxToken token)
        => token.Kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(token.Kind);

    // Binary search over end offsets: the tokens are sorted and do not overlap.
    private int IndexOfFirstEndingAfter(int position)
    {
        var low = 0;
        var high = Tokens.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Tokens[middle].Span.End <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
