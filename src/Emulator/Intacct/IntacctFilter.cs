using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Runbook.Emulator.Intacct;

/// <summary>
/// The readByQuery query language: comparisons (= != &lt;&gt; &lt; &lt;= &gt; &gt;=), [NOT] LIKE, [NOT] IN,
/// IS [NOT] NULL, joined by AND (binding tighter) and OR, with NOT and parentheses. Strings compare
/// case-sensitively, as Intacct documents; values that both read as numbers compare as numbers.
/// </summary>
internal sealed class IntacctFilter
{
    private readonly Func<Func<string, string?>, bool> _predicate;

    private IntacctFilter(Func<Func<string, string?>, bool> predicate) => _predicate = predicate;

    public bool Matches(Func<string, string?> field) => _predicate(field);

    /// <summary>Parses a query; an empty query matches every record and yields null.</summary>
    public static IntacctFilter? Parse(string query, IntacctObject target)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var parser = new Parser(Tokenize(query), target);
        var predicate = parser.ParseOr();
        parser.ExpectEnd();
        return new IntacctFilter(predicate);
    }

    private static List<string> Tokenize(string query)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                var value = new StringBuilder("'");
                i++;
                while (i < query.Length && query[i] != '\'')
                {
                    if (query[i] == '\\' && i + 1 < query.Length)
                    {
                        i++;
                    }

                    value.Append(query[i++]);
                }

                if (i >= query.Length)
                {
                    throw new IntacctQueryException("Query Failed: unterminated string in query");
                }

                i++;
                tokens.Add(value.ToString());
            }
            else if ("(),".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if ("=!<>".Contains(c, StringComparison.Ordinal))
            {
                var start = i++;
                if (i < query.Length && query[i] is '=' or '>')
                {
                    i++;
                }

                tokens.Add(query[start..i]);
            }
            else
            {
                var start = i;
                while (i < query.Length
                    && !char.IsWhiteSpace(query[i])
                    && !"()=!<>,'".Contains(query[i], StringComparison.Ordinal))
                {
                    i++;
                }

                tokens.Add(query[start..i]);
            }
        }

        return tokens;
    }

    private static int Compare(string left, string right) =>
        decimal.TryParse(left, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
        && decimal.TryParse(right, NumberStyles.Number, CultureInfo.InvariantCulture, out var b)
            ? a.CompareTo(b)
            : string.CompareOrdinal(left, right);

    private static Regex LikePattern(string pattern) => new(
        "^"
        + Regex.Escape(pattern)
            .Replace("%", ".*", StringComparison.Ordinal)
            .Replace("_", ".", StringComparison.Ordinal)
        + "$",
        RegexOptions.Singleline);

    private sealed class Parser(List<string> tokens, IntacctObject target)
    {
        private int _position;

        private string? Current => _position < tokens.Count ? tokens[_position] : null;

        public void ExpectEnd()
        {
            if (Current is not null)
            {
                throw Unexpected();
            }
        }

        public Func<Func<string, string?>, bool> ParseOr()
        {
            var left = ParseAnd();
            while (TryWord("or"))
            {
                var (l, r) = (left, ParseAnd());
                left = record => l(record) || r(record);
            }

            return left;
        }

        private Func<Func<string, string?>, bool> ParseAnd()
        {
            var left = ParseUnary();
            while (TryWord("and"))
            {
                var (l, r) = (left, ParseUnary());
                left = record => l(record) && r(record);
            }

            return left;
        }

        private Func<Func<string, string?>, bool> ParseUnary()
        {
            if (TryWord("not"))
            {
                var inner = ParseUnary();
                return record => !inner(record);
            }

            if (Current == "(")
            {
                _position++;
                var inner = ParseOr();
                Expect(")");
                return inner;
            }

            return ParsePredicate();
        }

        private Func<Func<string, string?>, bool> ParsePredicate()
        {
            var name = Current ?? throw Unexpected();
            var field = target.FindField(name)
                ?? throw new IntacctQueryException($"Query Failed: invalid field {name} in query for {target.Name}");
            _position++;

            if (TryWord("is"))
            {
                var negated = TryWord("not");
                ExpectWord("null");
                return record => (record(field) is null) != negated;
            }

            var not = TryWord("not");
            if (TryWord("like"))
            {
                var pattern = LikePattern(Value());
                return record => record(field) is { } value && pattern.IsMatch(value) != not;
            }

            if (TryWord("in"))
            {
                Expect("(");
                var values = new List<string> { Value() };
                while (Current == ",")
                {
                    _position++;
                    values.Add(Value());
                }

                Expect(")");
                return record => record(field) is { } value && values.Any(v => Compare(value, v) == 0) != not;
            }

            if (not)
            {
                throw Unexpected();
            }

            var op = Current ?? throw Unexpected();
            _position++;
            var operand = Value();
            Func<int, bool> test = op switch
            {
                "=" => c => c == 0,
                "!=" or "<>" => c => c != 0,
                "<" => c => c < 0,
                "<=" => c => c <= 0,
                ">" => c => c > 0,
                ">=" => c => c >= 0,
                _ => throw new IntacctQueryException($"Query Failed: unknown operator {op}"),
            };
            return record => record(field) is { } value && test(Compare(value, operand));
        }

        private string Value()
        {
            var token = Current ?? throw Unexpected();
            _position++;
            if (token.StartsWith('\''))
            {
                return token[1..];
            }

            if (decimal.TryParse(token, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            {
                return token;
            }

            _position--;
            throw Unexpected();
        }

        private bool TryWord(string word)
        {
            if (!string.Equals(Current, word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            _position++;
            return true;
        }

        private void ExpectWord(string word)
        {
            if (!TryWord(word))
            {
                throw Unexpected();
            }
        }

        private void Expect(string token)
        {
            if (Current != token)
            {
                throw Unexpected();
            }

            _position++;
        }

        private IntacctQueryException Unexpected() =>
            new($"Query Failed: unexpected {(Current is null ? "end of query" : $"'{Current}'")} in query");
    }
}
