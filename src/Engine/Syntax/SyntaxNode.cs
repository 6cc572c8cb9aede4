using Runbook.Engine.Text;

namespace Runbook.Engine.Syntax;

/// <summary>
/// An immutable node of the syntax tree. A node's children, written in order, reproduce its part of the
/// file exactly; a node never owns text that is not in one of its tokens.
/// </summary>
public abstract class SyntaxNode : SyntaxElement
{
    private protected SyntaxNode()
    {
    }

    /// <summary>The node's tokens and child nodes in source order; absent optional parts are left out.</summary>
    public abstract IEnumerable<SyntaxElement> Children { get; }

    private TextSpan? _span;
    private TextSpan? _fullSpan;

    /// <inheritdoc />
    public override TextSpan Span => _span ??= ComputeSpan();

    /// <inheritdoc />
    public override TextSpan FullSpan => _fullSpan ??= ComputeFullSpan();

    // A node made only of missing tokens is empty at the place where its text would have been.
    private TextSpan ComputeSpan()
    {
        var first = FirstToken(includeMissing: false);
        var last = LastToken(includeMissing: false);
        if (first is null || last is null)
        {
            var anchor = FirstToken(includeMissing: true)?.Position ?? 0;
            return new TextSpan(anchor, 0);
        }

        return TextSpan.FromBounds(first.Span.Start, last.Span.End);
    }

    private TextSpan ComputeFullSpan()
    {
        var first = FirstToken(includeMissing: true);
        var last = LastToken(includeMissing: true);
        return first is null || last is null
            ? default
            : TextSpan.FromBounds(first.FullSpan.Start, last.FullSpan.End);
    }

    /// <summary>Every token under this node, in source order.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        // An explicit stack rather than recursion: trees of deeply nested lists must not overflow the stack.
        var stack = new Stack<IEnumerator<SyntaxElement>>();
        stack.Push(Children.GetEnumerator());

        while (stack.Count > 0)
        {
            var top = stack.Peek();
            if (!top.MoveNext())
            {
                stack.Pop();
                continue;
            }

            switch (top.Current)
            {
                case SyntaxToken token:
                    yield return token;
                    break;
                case SyntaxNode node:
                    stack.Push(node.Children.GetEnumerator());
                    break;
            }
        }
    }

    /// <summary>Every node under this node, this one first, in source order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodesAndSelf()
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(this);

        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;

            var childNodes = node.Children.OfType<SyntaxNode>().ToList();
            for (var i = childNodes.Count - 1; i >= 0; i--)
            {
                stack.Push(childNodes[i]);
            }
        }
    }

    /// <summary>The first token under this node, optionally skipping zero-width missing ones.</summary>
    public SyntaxToken? FirstToken(bool includeMissing = true)
        => DescendantTokens().FirstOrDefault(token => includeMissing || !token.IsMissing);

    /// <summary>The last token under this node, optionally skipping zero-width missing ones.</summary>
    public SyntaxToken? LastToken(bool includeMissing = true)
    {
        // From the end backwards, so that only the nodes on the way to the last token are visited (spans ask
        // for it on every node); an explicit stack, like DescendantTokens, for deeply nested trees.
        var stack = new Stack<(SyntaxElement[] Children, int Index)>();
        var children = Children.ToArray();
        stack.Push((children, children.Length - 1));

        while (stack.Count > 0)
        {
            var (siblings, index) = stack.Pop();
            if (index < 0)
            {
                continue;
            }

            stack.Push((siblings, index - 1));
            switch (siblings[index])
            {
                case SyntaxToken token when includeMissing || !token.IsMissing:
                    return token;
                case SyntaxNode node:
                    var nodeChildren = node.Children.ToArray();
                    stack.Push((nodeChildren, nodeChildren.Length - 1));
                    break;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override void WriteTo(TextWriter writer)
    {
        foreach (var token in DescendantTokens())
        {
            token.WriteTo(writer);
        }
    }

    /// <inheritdoc />
    public override string ToString() => ToFullString();
}
