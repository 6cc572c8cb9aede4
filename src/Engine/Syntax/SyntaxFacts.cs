namespace Runbook.Engine.Syntax;

/// <summary>What the language's tokens look like and how to describe them in messages.</summary>
public static class SyntaxFacts
{
    private static readonly string[] Keywords =
    [
        "runbook", "param", "connection", "require", "because", "step", "plan", "expect", "and", "or", "not",
        "true", "false",
    ];

    /// <summary>Every keyword of the language.</summary>
    public static IEnumerable<string> KeywordTexts => Keywords;

    /// <summary>True for the first character of a name: an ASCII letter or '_'.</summary>
    public static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    /// <summary>True for a later character of a name: an ASCII letter, digit or '_'.</summary>
    public static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>
    /// The keyword kind for a name, or <see cref="SyntaxKind.IdentifierToken"/> when it is no keyword.
    /// </summary>
    /// <remarks>
    /// A switch on the characters rather than a dictionary: it is as fast, and it costs nothing at start-up,
    /// where building a frozen dictionary (and compiling its generic code for our enum) took a noticeable
    /// part of a <c>runbook check</c>.
    /// </remarks>
    public static SyntaxKind GetKeywordKind(ReadOnlySpan<char> text) => text switch
    {
        "runbook" => SyntaxKind.RunbookKeyword,
        "param" => SyntaxKind.ParamKeyword,
        "connection" => SyntaxKind.ConnectionKeyword,
        "require" => SyntaxKind.RequireKeyword,
        "because" => SyntaxKind.BecauseKeyword,
        "step" => SyntaxKind.StepKeyword,
        "plan" => SyntaxKind.PlanKeyword,
        "expect" => SyntaxKind.ExpectKeyword,
        "and" => SyntaxKind.AndKeyword,
        "or" => SyntaxKind.OrKeyword,
        "not" => SyntaxKind.NotKeyword,
        "true" => SyntaxKind.TrueKeyword,
        "false" => SyntaxKind.FalseKeyword,
        _ => SyntaxKind.IdentifierToken,
    };

    /// <summary>True for a name written as a keyword would be, so it cannot name a declaration.</summary>
    public static bool IsKeyword(SyntaxKind kind)
        => kind is >= SyntaxKind.RunbookKeyword and <= SyntaxKind.FalseKeyword;

    /// <summary>The fixed text of a punctuation token or keyword, or null for kinds whose text varies.</summary>
    public static string? GetText(SyntaxKind kind) => kind switch
    {
        SyntaxKind.OpenBraceToken => "{",
        SyntaxKind.CloseBraceToken => "}",
        SyntaxKind.OpenBracketToken => "[",
        SyntaxKind.CloseBracketToken => "]",
        SyntaxKind.OpenParenToken => "(",
        SyntaxKind.CloseParenToken => ")",
        SyntaxKind.CommaToken => ",",
        SyntaxKind.ColonToken => ":",
        SyntaxKind.EqualsToken => "=",
        SyntaxKind.DotToken => ".",
        SyntaxKind.EqualsEqualsToken => "==",
        SyntaxKind.BangEqualsToken => "!=",
        SyntaxKind.LessThanToken => "<",
        SyntaxKind.LessThanEqualsToken => "<=",
        SyntaxKind.GreaterThanToken => ">",
        SyntaxKind.GreaterThanEqualsToken => ">=",
        SyntaxKind.RunbookKeyword => "runbook",
        SyntaxKind.ParamKeyword => "param",
        SyntaxKind.ConnectionKeyword => "connection",
        SyntaxKind.RequireKeyword => "require",
        SyntaxKind.BecauseKeyword => "because",
        SyntaxKind.StepKeyword => "step",
        SyntaxKind.PlanKeyword => "plan",
        SyntaxKind.ExpectKeyword => "expect",
        SyntaxKind.AndKeyword => "and",
        SyntaxKind.OrKeyword => "or",
        SyntaxKind.NotKeyword => "not",
        SyntaxKind.TrueKeyword => "true",
        SyntaxKind.FalseKeyword => "false",
        _ => null,
    };

    /// <summary>True for the keywords that start a declaration directly inside the runbook.</summary>
    public static bool IsRunbookMemberKeyword(SyntaxKind kind) => kind is SyntaxKind.ParamKeyword
        or SyntaxKind.ConnectionKeyword or SyntaxKind.RequireKeyword or SyntaxKind.StepKeyword
        or SyntaxKind.PlanKeyword;

    /// <summary>True for the comparison operators.</summary>
    public static bool IsComparisonOperator(SyntaxKind kind) => kind is SyntaxKind.EqualsEqualsToken
        or SyntaxKind.BangEqualsToken or SyntaxKind.LessThanToken or SyntaxKind.LessThanEqualsToken
        or SyntaxKind.GreaterThanToken or SyntaxKind.GreaterThanEqualsToken;

    /// <summary>True for the first part of a string or text block.</summary>
    public static bool IsStringOpening(SyntaxKind kind) => kind is SyntaxKind.StringLiteralToken
        or SyntaxKind.StringStartToken or SyntaxKind.TextBlockLiteralToken or SyntaxKind.TextBlockStartToken;

    /// <summary>How a message names an expected token kind: <c>'}'</c>, <c>a name</c>, <c>a string</c>.</summary>
    public static string DescribeKind(SyntaxKind kind) => GetText(kind) is { } text
        ? $"'{text}'"
        : kind switch
        {
            SyntaxKind.IdentifierToken => "a name",
            SyntaxKind.StringLiteralToken or SyntaxKind.StringStartToken => "a string",
            SyntaxKind.StringMiddleToken or SyntaxKind.StringEndToken => "the rest of the string",
            SyntaxKind.TextBlockMiddleToken or SyntaxKind.TextBlockEndToken => "the rest of the text block",
            SyntaxKind.IntegerLiteralToken => "an integer",
            SyntaxKind.DurationLiteralToken => "a duration",
            SyntaxKind.EndOfFileToken => "the end of the file",
            _ => kind.ToString(),
        };

    /// <summary>
    /// How a message names a token that was found: <c>'}'</c>, <c>name 'foo'</c>, <c>the end of the file</c>.
    /// </summary>
    public static string DescribeToken(SyntaxToken token) => token.Kind switch
    {
        SyntaxKind.EndOfFileToken => "the end of the file",
        SyntaxKind.IdentifierToken => $"name '{token.Text}'",
        SyntaxKind.IntegerLiteralToken or SyntaxKind.DurationLiteralToken => $"'{token.Text}'",
        SyntaxKind.StringLiteralToken or SyntaxKind.StringStartToken or SyntaxKind.StringMiddleToken
            or SyntaxKind.StringEndToken => "a string",
        SyntaxKind.TextBlockLiteralToken or SyntaxKind.TextBlockStartToken or SyntaxKind.TextBlockMiddleToken
            or SyntaxKind.TextBlockEndToken => "a text block",
        SyntaxKind.BadToken => $"'{Printable(token.Text)}'",
        _ when IsKeyword(token.Kind) => $"keyword '{token.Text}'",
        _ => $"'{token.Text}'",
    };

    /// <summary>
    /// Shows characters so that a message stays readable whatever the file held: control and non-ASCII
    /// characters become \uXXXX, and long runs are cut short.
    /// </summary>
    public static string Printable(string text)
    {
        const int MaxShown = 12;
        var builder = new System.Text.StringBuilder();
        var shown = 0;
        foreach (var c in text)
        {
            if (shown++ == MaxShown)
            {
                builder.Append('…');
                break;
            }

            if (c is >= ' ' and <= '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.ToString();
    }
}
