using Runbook.Engine.Syntax;

namespace Runbook.Engine.Tests.Syntax.Ebnf;

/// <summary>
/// Decides whether a token sequence is derived by a grammar rule. It explores every way each piece can
/// match (the set of positions it can end at), memoised per rule and position, so it needs no lookahead
/// rules of its own and judges the grammar exactly as written.
/// </summary>
internal sealed class EbnfRecognizer
{
    private static readonly Dictionary<string, SyntaxKind> TokenClasses = new(StringComparer.Ordinal)
    {
        ["IDENTIFIER"] = SyntaxKind.IdentifierToken,
        ["INTEGER"] = SyntaxKind.IntegerLiteralToken,
        ["DURATION"] = SyntaxKind.DurationLiteralToken,
        ["STRING"] = SyntaxKind.StringLiteralToken,
        ["STRING_START"] = SyntaxKind.StringStartToken,
        ["STRING_MIDDLE"] = SyntaxKind.StringMiddleToken,
        ["STRING_END"] = SyntaxKind.StringEndToken,
        ["TEXT_BLOCK"] = SyntaxKind.TextBlockLiteralToken,
        ["TEXT_BLOCK_START"] = SyntaxKind.TextBlockStartToken,
        ["TEXT_BLOCK_MIDDLE"] = SyntaxKind.TextBlockMiddleToken,
        ["TEXT_BLOCK_END"] = SyntaxKind.TextBlockEndToken,
    };

    private readonly EbnfGrammar _grammar;
    private readonly IReadOnlyList<SyntaxToken> _tokens;
    private readonly Dictionary<(string Rule, int Position), HashSet<int>> _memo = [];

    private EbnfRecognizer(EbnfGrammar grammar, IReadOnlyList<SyntaxToken> tokens)
    {
        _grammar = grammar;
        _tokens = tokens;
    }

    /// <summary>
    /// True when the tokens, end of file excluded, are exactly one derivation of <paramref name="rule"/>.
    /// </summary>
    public static bool Accepts(EbnfGrammar grammar, string rule, IReadOnlyList<SyntaxToken> tokens)
    {
        var recognizer = new EbnfRecognizer(grammar, tokens);
        return recognizer.MatchRule(rule, 0).Contains(tokens.Count);
    }

    private HashSet<int> MatchRule(string rule, int position)
    {
        if (_memo.TryGetValue((rule, position), out var known))
        {
            return known;
        }

        _memo[(rule, position)] = [];
        var ends = Match(_grammar.Rules[rule], position);
        _memo[(rule, position)] = ends;
        return ends;
    }

    private HashSet<int> Match(EbnfNode node, int position) => node switch
    {
        EbnfNode.Literal literal => position < _tokens.Count && IsLiteral(_tokens[position], literal.Text)
            ? [position + 1]
            : [],
        EbnfNode.Reference reference when TokenClasses.TryGetValue(reference.Name, out var kind) =>
            position < _tokens.Count && _tokens[position].Kind == kind ? [position + 1] : [],
        EbnfNode.Reference reference => MatchRule(reference.Name, position),
        EbnfNode.Sequence sequence => sequence.Items.Aggregate(
            new HashSet<int> { position },
            (starts, item) => [.. starts.SelectMany(start => Match(item, start))]),
        EbnfNode.Choice choice => [.. choice.Alternatives.SelectMany(alternative => Match(alternative, position))],
        EbnfNode.Optional optional => [position, .. Match(optional.Item, position)],
        EbnfNode.Repeat repeat => MatchRepeat(repeat.Item, position),
        _ => throw new InvalidOperationException($"Unknown grammar node {node}."),
    };

    private HashSet<int> MatchRepeat(EbnfNode item, int position)
    {
        var reached = new HashSet<int> { position };
        var frontier = new Queue<int>([position]);
        while (frontier.Count > 0)
        {
            foreach (var end in Match(item, frontier.Dequeue()).Where(reached.Add))
            {
                frontier.Enqueue(end);
            }
        }

        return reached;
    }

    // A quoted literal is a keyword or punctuation token, never a name or a string that happens to hold the text.
    private static bool IsLiteral(SyntaxToken token, string text)
        => token.Text == text
            && token.Kind is not SyntaxKind.IdentifierToken
            && SyntaxFacts.GetText(token.Kind) == text;
}
