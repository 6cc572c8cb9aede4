using System.Globalization;

namespace Runbook.Emulator.Salesforce.Soql;

/// <summary>
/// Recursive-descent parser for SELECT fields | COUNT() FROM object [WHERE ...] [ORDER BY ...] [LIMIT n]
/// [OFFSET n]. Anything outside that subset is a MALFORMED_QUERY, as Salesforce answers for what it cannot parse.
/// </summary>
internal sealed class SoqlParser
{
    private static readonly string[] ClauseKeywords = ["from", "where", "order", "limit", "offset"];

    private readonly string _soql;
    private readonly List<SoqlToken> _tokens;
    private int _position;

    private SoqlParser(string soql)
    {
        _soql = soql;
        _tokens = SoqlLexer.Tokenize(soql);
    }

    private SoqlToken Current => _tokens[_position];

    public static SoqlQuery Parse(string soql) => new SoqlParser(soql).ParseQuery();

    private SoqlQuery ParseQuery()
    {
        ExpectKeyword("select");
        var (isCount, fields) = ParseSelectList();

        ExpectKeyword("from");
        var objectName = Expect(SoqlTokenKind.Identifier);

        SoqlCondition? where = null;
        if (TryKeyword("where"))
        {
            where = ParseOr();
        }

        var orderBy = new List<SoqlOrderItem>();
        if (TryKeyword("order"))
        {
            ExpectKeyword("by");
            do
            {
                orderBy.Add(ParseOrderItem());
            }
            while (TryKind(SoqlTokenKind.Comma));
        }

        int? limit = TryKeyword("limit") ? ParseCount() : null;
        int? offset = TryKeyword("offset") ? ParseCount() : null;
        if (Current.Kind != SoqlTokenKind.End)
        {
            throw Unexpected();
        }

        return new SoqlQuery(_soql, isCount, fields, objectName, where, orderBy, limit, offset);
    }

    private (bool IsCount, List<SoqlToken> Fields) ParseSelectList()
    {
        if (Current.IsKeyword("count") && _tokens[_position + 1].Kind == SoqlTokenKind.OpenParen)
        {
            _position++;
            Expect(SoqlTokenKind.OpenParen);
            if (Current.Kind != SoqlTokenKind.CloseParen)
            {
                // COUNT(field) is an aggregate query returning AggregateResult rows, which the emulator lacks.
                throw Unexpected();
            }

            _position++;
            return (true, []);
        }

        var fields = new List<SoqlToken>();
        do
        {
            var field = Expect(SoqlTokenKind.Identifier);
            if (ClauseKeywords.Contains(field.Text, StringComparer.OrdinalIgnoreCase))
            {
                _position--;
                throw Unexpected();
            }

            if (Current.Kind == SoqlTokenKind.OpenParen)
            {
                throw Unexpected();
            }

            if (fields.Any(f => string.Equals(f.Text, field.Text, StringComparison.OrdinalIgnoreCase)))
            {
                throw SoqlException.At(
                    "MALFORMED_QUERY",
                    _soql,
                    field.Position,
                    $"duplicate field selected: {field.Text}");
            }

            fields.Add(field);
        }
        while (TryKind(SoqlTokenKind.Comma));

        return (false, fields);
    }

    private SoqlCondition ParseOr()
    {
        var first = ParseAnd();
        if (!Current.IsKeyword("or"))
        {
            return first;
        }

        var operands = new List<SoqlCondition> { first };
        while (TryKeyword("or"))
        {
            operands.Add(ParseUnary());
            if (Current.IsKeyword("and"))
            {
                throw Unexpected();
            }
        }

        return new SoqlLogical(IsAnd: false, operands);
    }

    private SoqlCondition ParseAnd()
    {
        var first = ParseUnary();
        if (!Current.IsKeyword("and"))
        {
            return first;
        }

        var operands = new List<SoqlCondition> { first };
        while (TryKeyword("and"))
        {
            operands.Add(ParseUnary());
        }

        // "a AND b OR c" is ambiguous to Salesforce too: it asks for parentheses by refusing the OR.
        if (Current.IsKeyword("or"))
        {
            throw Unexpected();
        }

        return new SoqlLogical(IsAnd: true, operands);
    }

    private SoqlCondition ParseUnary()
    {
        if (TryKeyword("not"))
        {
            return new SoqlNot(ParseUnary());
        }

        if (TryKind(SoqlTokenKind.OpenParen))
        {
            var inner = ParseOr();
            Expect(SoqlTokenKind.CloseParen);
            return inner;
        }

        return ParseComparison();
    }

    private SoqlCondition ParseComparison()
    {
        var field = Expect(SoqlTokenKind.Identifier);
        if (Current.IsKeyword("not") || Current.IsKeyword("in"))
        {
            var negated = TryKeyword("not");
            ExpectKeyword("in");
            Expect(SoqlTokenKind.OpenParen);
            var values = new List<SoqlLiteral>();
            do
            {
                values.Add(ParseLiteral());
            }
            while (TryKind(SoqlTokenKind.Comma));

            Expect(SoqlTokenKind.CloseParen);
            return new SoqlInCondition(field, negated, values);
        }

        var op = Current;
        var isOperator = op.Kind is SoqlTokenKind.Equals or SoqlTokenKind.NotEquals or SoqlTokenKind.Less
            or SoqlTokenKind.LessOrEqual or SoqlTokenKind.Greater or SoqlTokenKind.GreaterOrEqual;
        if (!isOperator && !op.IsKeyword("like"))
        {
            throw Unexpected();
        }

        _position++;
        return new SoqlComparison(field, op, ParseLiteral());
    }

    private SoqlLiteral ParseLiteral()
    {
        var token = Current;
        var isLiteral = token.Kind is SoqlTokenKind.String or SoqlTokenKind.Number or SoqlTokenKind.Date
            or SoqlTokenKind.DateTime
            || token.IsKeyword("null") || token.IsKeyword("true") || token.IsKeyword("false");
        if (!isLiteral)
        {
            throw Unexpected();
        }

        _position++;
        return new SoqlLiteral(token);
    }

    private SoqlOrderItem ParseOrderItem()
    {
        var field = Expect(SoqlTokenKind.Identifier);
        var descending = false;
        if (TryKeyword("desc"))
        {
            descending = true;
        }
        else
        {
            TryKeyword("asc");
        }

        bool? nullsFirst = null;
        if (TryKeyword("nulls"))
        {
            if (TryKeyword("first"))
            {
                nullsFirst = true;
            }
            else
            {
                ExpectKeyword("last");
                nullsFirst = false;
            }
        }

        return new SoqlOrderItem(field, descending, nullsFirst);
    }

    private int ParseCount()
    {
        var token = Expect(SoqlTokenKind.Number);
        if (!int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            _position--;
            throw Unexpected();
        }

        return value;
    }

    private SoqlToken Expect(SoqlTokenKind kind)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected();
        }

        return _tokens[_position++];
    }

    private void ExpectKeyword(string keyword)
    {
        if (!TryKeyword(keyword))
        {
            throw Unexpected();
        }
    }

    private bool TryKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            return false;
        }

        _position++;
        return true;
    }

    private bool TryKind(SoqlTokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        _position++;
        return true;
    }

    private SoqlException Unexpected() =>
        SoqlException.At("MALFORMED_QUERY", _soql, Current.Position, $"unexpected token: '{Current.Text}'");
}
