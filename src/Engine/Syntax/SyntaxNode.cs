using System.Runtime.CompilerServices;
using Runbook.Engine.Text;

namespace Runbook.Engine.Syntax;

/// <summary>
/// An immutable node of the syntax tree. A node's children, written in order, reproduce its part of the
/// file exactly; a node never owns text that is not in one of its tokens.
/// </summary>
/// <remarks>
/// Each node lists its parts as numbered slots (<see cref="SlotCount"/>, <see cref="GetSlot"/>), an absent
/// optional part being an empty slot. Everything that walks the tree (children, tokens, spans) goes through
/// the slots, so a walk allocates nothing per node; the binder asks for many spans, and walking iterators
/// made that most of what it allocated.
/// </remarks>
public abstract class SyntaxNode : SyntaxElement
{
    private TextSpan _span;
    // Written after the span it describes; volatile so that no thread sees the state before the span.
    private volatile SpanState _spanState;

    private protected SyntaxNode()
    {
    }

    private enum SpanState : byte
    {
        NotComputed,
        HasText,
        OnlyMissingTokens,
    }

    /// <summary>The node's tokens and child nodes in source order; absent optional parts are left out.</summary>
    public IEnumerable<SyntaxElement> Children
    {
        get
        {
            for (var i = 0; i < SlotCount; i++)
            {
                if (GetSlot(i) is { } child)
                {
                    yield return child;
                }
            }
        }
    }

    /// <inheritdoc />
    public override TextSpan Span
    {
        get
        {
            if (_spanState == SpanState.NotComputed)
            {
                ComputeSpan();
            }

            return _span;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Not kept, unlike <see cref="Span"/>: only editor features ask for it, and every node of every file
    /// would carry it.
    /// </remarks>
    public override TextSpan FullSpan => ComputeFullSpan();

    /// <summary>The number of slots: every part the node can have, present or not.</summary>
    internal abstract int SlotCount { get; }

    /// <summary>The part in slot <paramref name="index"/>, or null for an absent optional part.</summary>
    internal abstract SyntaxElement? GetSlot(int index);

    /// <summary>Every token under this node, in source order.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        // An explicit stack rather than recursion: trees of deeply nested lists must not overflow the stack.
        var stack = new Stack<(SyntaxNode Node, int Next)>();
        stack.Push((this, 0));

        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next == node.SlotCount)
            {
                continue;
            }

            stack.Push((node, next + 1));
            switch (node.GetSlot(next))
            {
                case SyntaxToken token:
                    yield return token;
                    break;
                case SyntaxNode child:
                    stack.Push((child, 0));
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

            for (var i = node.SlotCount - 1; i >= 0; i--)
            {
                if (node.GetSlot(i) is SyntaxNode child)
                {
                    stack.Push(child);
                }
            }
        }
    }

    /// <summary>The first token under this node, optionally skipping zero-width missing ones.</summary>
    public SyntaxToken? FirstToken(bool includeMissing = true) => FindToken(fromEnd: false, includeMissing);

    /// <summary>The last token under this node, optionally skipping zero-width missing ones.</summary>
    public SyntaxToken? LastToken(bool includeMissing = true) => FindToken(fromEnd: true, includeMissing);

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

    // The span runs from the first token with text to the last, and is built from the children's spans,
    // which are kept: asking every node of a tree for its span costs one visit per node in all. A node made
    // only of missing tokens is empty at the place where its text would have been.
    private void ComputeSpan()
    {
        // Recursion follows the tree's depth; on a tree deep enough to threaten the stack, the slower walk
        // that uses a stack of its own takes over.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            SetSpan(FirstToken(includeMissing: false), LastToken(includeMissing: false));
            return;
        }

        var start = -1;
        var end = -1;
        for (var i = 0; i < SlotCount; i++)
        {
            switch (GetSlot(i))
            {
                case SyntaxToken { IsMissing: false } token:
                    start = start < 0 ? token.Position : start;
                    end = token.Span.End;
                    break;
                case SyntaxNode node when node.HasText():
                    start = start < 0 ? node._span.Start : start;
                    end = node._span.End;
                    break;
            }
        }

        if (start < 0)
        {
            _span = new TextSpan(FirstToken(includeMissing: true)?.Position ?? 0, 0);
            _spanState = SpanState.OnlyMissingTokens;
            return;
        }

        _span = TextSpan.FromBounds(start, end);
        _spanState = SpanState.HasText;
    }

    private bool HasText()
    {
        if (_spanState == SpanState.NotComputed)
        {
            ComputeSpan();
        }

        return _spanState == SpanState.HasText;
    }

    private void SetSpan(SyntaxToken? first, SyntaxToken? last)
    {
        if (first is null || last is null)
        {
            _span = new TextSpan(FirstToken(includeMissing: true)?.Position ?? 0, 0);
            _spanState = SpanState.OnlyMissingTokens;
            return;
        }

        _span = TextSpan.FromBounds(first.Span.Start, last.Span.End);
        _spanState = SpanState.HasText;
    }

    private TextSpan ComputeFullSpan()
    {
        var first = FirstToken(includeMissing: true);
        var last = LastToken(includeMissing: true);
        return first is null || last is null
            ? default
            : TextSpan.FromBounds(first.FullSpan.Start, last.FullSpan.End);
    }

    // Depth first from either end, with a stack of its own; it usually stops within the first few slots.
    private SyntaxToken? FindToken(bool fromEnd, bool includeMissing)
    {
        var stack = new Stack<(SyntaxNode Node, int Next)>();
        stack.Push((this, fromEnd ? SlotCount - 1 : 0));

        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next < 0 || next >= node.SlotCount)
            {
                continue;
            }

            stack.Push((node, fromEnd ? next - 1 : next + 1));
            switch (node.GetSlot(next))
            {
                case SyntaxToken token when includeMissing || !token.IsMissing:
                    return token;
                case SyntaxNode child:
                    stack.Push((child, fromEnd ? child.SlotCount - 1 : 0));
                    break;
            }
        }

        return null;
    }
}
