using System.Text.RegularExpressions;

namespace Runbook.Engine.Tests.Syntax.Ebnf;

/// <summary>
/// Reads grammar/runbook.ebnf (ISO 14977 notation without exceptions) into rules, so that tests can check
/// the parser against the grammar as written rather than against a copy of it.
/// </summary>
internal sealed partial class EbnfGrammar
{
    private readonly List<string> _tokens;
    private int _position;

    private EbnfGrammar(string text)
    {
        var withoutComments = CommentPattern().Replace(text, " ");
        _tokens = [.. TokenPattern().Matches(withoutComments).Select(match => match.Value)];
    }

    public Dictionary<string, EbnfNode> Rules { get; } = new(StringComparer.Ordinal);

    public static EbnfGrammar Parse(string text)
    {
        var grammar = new EbnfGrammar(text);
        while (grammar._position < grammar._tokens.Count)
        {
            var name = grammar.Next();
            grammar.Expect("=");
            grammar.Rules[name] = grammar.ParseAlternatives();
            grammar.Expect(";");
        }

        return grammar;
    }

    private EbnfNode ParseAlternatives()
    {
        var alternatives = new List<EbnfNode> { ParseSequence() };
        while (Peek() == "|")
        {
            _position++;
            alternatives.Add(ParseSequence());
        }

        return alternatives.Count == 1 ? alternatives[0] : new EbnfNode.Choice(alternatives);
    }

    private EbnfNode ParseSequence()
    {
        var items = new List<EbnfNode>();
        while (Peek() is { } next && next is not ("|" or ";" or ")" or "]" or "}"))
        {
            items.Add(ParseTerm());
        }

        return items.Count == 1 ? items[0] : new EbnfNode.Sequence(items);
    }

    private EbnfNode ParseTerm()
    {
        var token = Next();
        switch (token)
        {
            case "{":
                var repeated = ParseAlternatives();
                Expect("}");
                return new EbnfNode.Repeat(repeated);
            case "[":
                var optional = ParseAlternatives();
                Expect("]");
                return new EbnfNode.Optional(optional);
            case "(":
                var group = ParseAlternatives();
                Expect(")");
                return group;
            case var literal when literal.StartsWith('"'):
                return new EbnfNode.Literal(literal[1..^1]);
            default:
                return new EbnfNode.Reference(token);
        }
    }

    private string? Peek() => _position < _tokens.Count ? _tokens[_position] : null;

    private string Next() => _tokens[_position++];

    private void Expect(string expected)
    {
        var found = Next();
        if (found != expected)
        {
            throw new FormatException($"The grammar has '{found}' where '{expected}' belongs.");
        }
    }

    [GeneratedRegex(@"\(\*.*?\*\)", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"""[^""]*""|[A-Za-z_][A-Za-z0-9_]*|[=;|{}\[\]()]")]
    private static partial Regex TokenPattern();
}
