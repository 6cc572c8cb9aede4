namespace Runbook.Engine.Diagnostics;

// RB1xxx: the text cannot be read as a runbook.
public static partial class DiagnosticCatalog
{
    /// <summary>RB1001</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new(
        "RB1001", DiagnosticSeverity.Error, "Unexpected character",
        "Unexpected character {0}; remove it.",
        "The file contains characters that start no part of the runbook language. Names use only ASCII " +
        "letters, digits and '_'; text belongs in strings (\"...\"). Remove the characters, or put them inside " +
        "a string. A file that is not UTF-8 text produces this error for every byte it cannot read.");

    /// <summary>RB1002</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "RB1002", DiagnosticSeverity.Error, "Unterminated string",
        "This string is not closed; add a '\"' before the end of the line.",
        "A string in double quotes must end on the line where it starts. Add the closing quote. For text " +
        "that spans several lines use a text block:\n\n    instructions = \"\"\"\n        first line\n" +
        "        second line\n        \"\"\"");

    /// <summary>RB1003</summary>
    public static readonly DiagnosticDescriptor InvalidEscape = new(
        "RB1003", DiagnosticSeverity.Error, "Unknown escape sequence",
        "Unknown escape sequence '{0}'; use \\\", \\\\, \\n, \\t or \\$.",
        "Inside a string a backslash starts an escape. The escapes are \\\" (quote), \\\\ (backslash), \\n " +
        "(new line), \\t (tab) and \\$ (a dollar sign that does not start an interpolation). To write a " +
        "backslash itself, double it.");

    /// <summary>RB1004</summary>
    public static readonly DiagnosticDescriptor UnterminatedTextBlock = new(
        "RB1004", DiagnosticSeverity.Error, "Unterminated text block",
        "This text block is not closed; add '\"\"\"' after its last line.",
        "A text block starts with three double quotes and ends with the next three double quotes. The " +
        "file ended before the closing quotes. Add them on a line of their own after the text.");

    /// <summary>RB1005</summary>
    public static readonly DiagnosticDescriptor InvalidDigitSeparator = new(
        "RB1005", DiagnosticSeverity.Error, "Misplaced digit separator",
        "'{0}' is not a valid number: '_' may only stand between two digits.",
        "Digits may be grouped with underscores for readability, as in 250_000. An underscore may not " +
        "stand at the end of a number, twice in a row, or before a duration unit.");

    /// <summary>RB1006</summary>
    public static readonly DiagnosticDescriptor NumberTooLarge = new(
        "RB1006", DiagnosticSeverity.Error, "Number too large",
        "'{0}' is too large; the largest integer is 9_223_372_036_854_775_807.",
        "Integers are 64-bit. Durations are limited to what fits in a 64-bit count of seconds. Use a " +
        "smaller value.");

    /// <summary>RB1007</summary>
    public static readonly DiagnosticDescriptor InvalidDurationUnit = new(
        "RB1007", DiagnosticSeverity.Error, "Unknown duration unit",
        "'{0}' is not a duration: the unit must be s, m, h or d (as in 90s, 15m, 6h, 2d).",
        "A duration is a whole number followed directly by one unit: s (seconds), m (minutes), h (hours) " +
        "or d (days). Combine nothing else with a number; write 90m rather than 1h30m.");

    /// <summary>RB1008</summary>
    public static readonly DiagnosticDescriptor ExpectedToken = new(
        "RB1008", DiagnosticSeverity.Error, "Expected token",
        "Expected {0} but found {1}.",
        "The parser needed a particular symbol or name here. The message says which; the most common " +
        "causes are a missing closing brace, bracket or parenthesis, or a missing '=' or ':'.");

    /// <summary>RB1009</summary>
    public static readonly DiagnosticDescriptor ExpectedExpression = new(
        "RB1009", DiagnosticSeverity.Error, "Expected a value",
        "Expected a value but found {0}.",
        "A value is needed here: a string, a number, a duration, true or false, a list in [ ], a name, " +
        "param.NAME, steps.NAME.OUTPUT or a function call.");

    /// <summary>RB1010</summary>
    public static readonly DiagnosticDescriptor UnexpectedTokens = new(
        "RB1010", DiagnosticSeverity.Error, "Unexpected text",
        "{0} is not expected here; {1}.",
        "The parser skipped text that does not fit where it stands. The message says what may stand there. " +
        "Everything up to the next declaration or closing brace was skipped, so other errors in that text " +
        "are reported once it is fixed.");

    /// <summary>RB1011</summary>
    public static readonly DiagnosticDescriptor ExpectedRunbookDeclaration = new(
        "RB1011", DiagnosticSeverity.Error, "Missing runbook declaration",
        "A runbook file must start with 'runbook \"NAME\" {{'; found {0}.",
        "Each file holds exactly one runbook:\n\n    runbook \"name\" {\n        ...\n    }\n\nComments and " +
        "blank lines may come before it.");

    /// <summary>RB1012</summary>
    public static readonly DiagnosticDescriptor TextAfterRunbook = new(
        "RB1012", DiagnosticSeverity.Error, "Text after the runbook",
        "Unexpected {0} after the end of the runbook; a file holds one runbook declaration.",
        "Everything in a file belongs inside its one runbook declaration. Move the text inside the braces " +
        "or into a file of its own. This often means a closing brace '}' too many higher up.");

    /// <summary>RB1013</summary>
    public static readonly DiagnosticDescriptor ChainedComparison = new(
        "RB1013", DiagnosticSeverity.Error, "Chained comparison",
        "Comparisons cannot be chained; join them with 'and', as in 'a < b and b < c'.",
        "A comparison (==, !=, <, <=, >, >=) produces a bool, which cannot be compared again. Write each " +
        "comparison on its own and join them with 'and' or 'or'.");

    /// <summary>RB1014</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "RB1014", DiagnosticSeverity.Error, "Nesting too deep",
        "This value is nested more than {0} levels deep; the rest of it was not read.",
        "Lists, parentheses and interpolations may nest only so deep. No real runbook comes near the " +
        "limit; this usually means unbalanced brackets or a file that is not a runbook.");

    /// <summary>RB1015</summary>
    public static readonly DiagnosticDescriptor MemberNotAllowedHere = new(
        "RB1015", DiagnosticSeverity.Error, "Declaration in the wrong place",
        "{0} cannot stand inside {1}; {2}.",
        "params, connections, requires, steps and the plan block belong directly inside the runbook; " +
        "'expect' belongs inside the plan block; the body of a connection or step holds only 'name = value' " +
        "properties. A declaration in the wrong place often means a missing closing brace before it.");

    /// <summary>RB1016</summary>
    public static readonly DiagnosticDescriptor UnterminatedInterpolation = new(
        "RB1016", DiagnosticSeverity.Error, "Unterminated interpolation",
        "This interpolation is not closed; add '}}' after the expression.",
        "An interpolation starts with ${ inside a string and ends with }. To write a literal ${ in a " +
        "string, escape the dollar sign: \\${.");
}
