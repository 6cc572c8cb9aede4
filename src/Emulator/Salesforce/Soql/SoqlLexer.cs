using System.Text;

namespace Runbook.Emulator.Salesforce.Soql;

/// <summary>Splits a SOQL statement into tokens; keywords stay identifiers and the parser recognises them.</summary>
internal static class SoqlLexer
{
    public static List<SoqlToken> Tokenize(string soql)
    {
        var tokens = new List<SoqlToken>();
        var i = 0;
        while (i < soql.Length)
        {
            var c = soql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (c == '\'')
            {
                tokens.Add(ReadString(soql, ref i));
            }
            else if (IsDateStart(soql, i))
            {
                tokens.Add(ReadDate(soql, ref i));
            }
            else if (char.IsAsciiDigit(c) || (c is '-' or '+' && i + 1 < soql.Length && char.IsAsciiDigit(soql[i + 1])))
            {
                i++;
                while (i < soql.Length && (char.IsAsciiDigit(soql[i]) || soql[i] == '.'))
                {
                    i++;
                }

                tokens.Add(Token(SoqlTokenKind.Number, soql, start, i));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < soql.Length && (char.IsAsciiLetterOrDigit(soql[i]) || soql[i] is '_' or '.'))
                {
                    i++;
                }

                tokens.Add(Token(SoqlTokenKind.Identifier, soql, start, i));
            }
            else
            {
                tokens.Add(ReadPunctuation(soql, ref i));
            }
        }

        tokens.Add(new SoqlToken(SoqlTokenKind.End, "<EOF>", "", soql.Length));
        return tokens;
    }

    private static SoqlToken ReadPunctuation(string soql, ref int i)
    {
        var start = i;
        var next = i + 1 < soql.Length ? soql[i + 1] : '\0';
        (SoqlTokenKind Kind, int Length) match = (soql[i], next) switch
        {
            ('(', _) => (SoqlTokenKind.OpenParen, 1),
            (')', _) => (SoqlTokenKind.CloseParen, 1),
            (',', _) => (SoqlTokenKind.Comma, 1),
            ('=', _) => (SoqlTokenKind.Equals, 1),
            ('!', '=') => (SoqlTokenKind.NotEquals, 2),
            ('<', '>') => (SoqlTokenKind.NotEquals, 2),
            ('<', '=') => (SoqlTokenKind.LessOrEqual, 2),
            ('<', _) => (SoqlTokenKind.Less, 1),
            ('>', '=') => (SoqlTokenKind.GreaterOrEqual, 2),
            ('>', _) => (SoqlTokenKind.Greater, 1),
            _ => throw SoqlException.At("MALFORMED_QUERY", soql, start, $"unexpected token: '{soql[i]}'"),
        };
        i += match.Length;
        return Token(match.Kind, soql, start, i);
    }

    private static SoqlToken ReadString(string soql, ref int i)
    {
        var start = i;
        var value = new StringBuilder();
        i++;
        while (i < soql.Length && soql[i] != '\'')
        {
            if (soql[i] == '\\' && i + 1 < soql.Length)
            {
                i++;

                // LIKE's escaped wildcards keep their backslash so the translator can tell them from wildcards.
                if (soql[i] is '%' or '_')
                {
                    value.Append('\\');
                }

                value.Append(soql[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
            }
            else
            {
                value.Append(soql[i]);
            }

            i++;
        }

        if (i >= soql.Length)
        {
            throw SoqlException.At("MALFORMED_QUERY", soql, start, "unterminated string literal");
        }

        i++;
        return new SoqlToken(SoqlTokenKind.String, soql[start..i], value.ToString(), start);
    }

    private static bool IsDateStart(string soql, int i) =>
        i + 10 <= soql.Length
        && soql[i..(i + 4)].All(char.IsAsciiDigit)
        && soql[i + 4] == '-'
        && soql[i + 7] == '-';

    private static SoqlToken ReadDate(string soql, ref int i)
    {
        var start = i;
        i += 10;
        if (i >= soql.Length || soql[i] != 'T')
        {
            return Token(SoqlTokenKind.Date, soql, start, i);
        }

        while (i < soql.Length && (char.IsAsciiLetterOrDigit(soql[i]) || soql[i] is ':' or '.' or '+' or '-'))
        {
            i++;
        }

        return Token(SoqlTokenKind.DateTime, soql, start, i);
    }

    private static SoqlToken Token(SoqlTokenKind kind, string soql, int start, int end) =>
        new(kind, soql[start..end], soql[start..end], start);
}
