using Superpower;
using Superpower.Parsers;
using SpanParser = Superpower.Parsers.Span;
using SuperTextSpan = Superpower.Model.TextSpan;

namespace Runbook.Engine.Syntax;

/// <summary>
/// The small grammars of names, integers and durations. The lexer uses them to validate numbers, the binder
/// to compute literal values, and the command line to read <c>--param</c> values, so all three agree. (The
/// lexer finds the extent of a name or number with a loop over the same character predicates, and skips the
/// grammar for plain numbers that <see cref="IsCertainlyValid"/> vouches for; tests hold both to the grammar.)
/// </summary>
public static class LiteralGrammar
{
    /// <summary>A name: an ASCII letter or '_' followed by letters, digits and '_'.</summary>
    public static TextParser<SuperTextSpan> Identifier => Grammars.Identifier;

    /// <summary>
    /// Everything that reads as one number: a digit followed by letters, digits and '_'. Matching the whole
    /// run first and validating it afterwards turns <c>15ms</c> into one clear error instead of <c>15m</c>
    /// followed by a stray name.
    /// </summary>
    public static TextParser<SuperTextSpan> NumberLike => Grammars.NumberLike;

    /// <summary>Reads an integer such as <c>250_000</c>.</summary>
    /// <remarks>
    /// Plain digits that <see cref="IsCertainlyValid"/> vouches for are added up directly; the binder reads
    /// every literal of a file, and the grammar allocates a few arrays for each. Tests hold the two paths to
    /// the same results.
    /// </remarks>
    public static LiteralResult<long> ParseInteger(string text)
        => IsCertainlyValid(text) && !LooksLikeDuration(text)
            ? LiteralResult<long>.Succeeded(PlainDigits(text))
            : ParseIntegerWithGrammar(text);

    /// <summary>Reads a duration such as <c>90s</c>, <c>15m</c>, <c>6h</c> or <c>2d</c>.</summary>
    public static LiteralResult<TimeSpan> ParseDuration(string text)
        => IsCertainlyValid(text) && LooksLikeDuration(text)
            ? ToDuration(PlainDigits(text.AsSpan(0, text.Length - 1)), text[^1])
            : ParseDurationWithGrammar(text);

    internal static LiteralResult<long> ParseIntegerWithGrammar(string text)
    {
        var digits = Grammars.WholeDigitGroups.TryParse(text);
        if (!digits.HasValue)
        {
            return LiteralResult<long>.Failed(LiteralError.InvalidDigitSeparator);
        }

        return ToInteger(digits.Value) is { } value
            ? LiteralResult<long>.Succeeded(value)
            : LiteralResult<long>.Failed(LiteralError.TooLarge);
    }

    internal static LiteralResult<TimeSpan> ParseDurationWithGrammar(string text)
    {
        var unitIndex = text.Length - 1;
        while (unitIndex > 0 && !char.IsAsciiDigit(text[unitIndex]) && text[unitIndex] != '_')
        {
            unitIndex--;
        }

        unitIndex++;
        var unit = text[unitIndex..];
        if (unit.Length != 1 || !Grammars.WholeDurationUnit.TryParse(unit).HasValue)
        {
            return LiteralResult<TimeSpan>.Failed(LiteralError.InvalidDurationUnit);
        }

        var count = ParseIntegerWithGrammar(text[..unitIndex]);
        return count.IsSuccess ? ToDuration(count.Value, unit[0]) : LiteralResult<TimeSpan>.Failed(count.Error);
    }

    private static LiteralResult<TimeSpan> ToDuration(long count, char unit)
    {
        var seconds = unit switch
        {
            's' => (decimal)count,
            'm' => count * 60m,
            'h' => count * 3_600m,
            _ => count * 86_400m,
        };

        // TimeSpan holds about 29,000 years; a duration beyond that is a typo, not a plan.
        return seconds <= (decimal)TimeSpan.MaxValue.TotalSeconds
            ? LiteralResult<TimeSpan>.Succeeded(TimeSpan.FromSeconds((double)seconds))
            : LiteralResult<TimeSpan>.Failed(LiteralError.TooLarge);
    }

    /// <summary>True when a number-like token is a duration (it ends in letters) rather than an integer.</summary>
    public static bool LooksLikeDuration(string text) => LooksLikeDuration(text.AsSpan());

    /// <summary>True when a number-like token is a duration (it ends in letters) rather than an integer.</summary>
    public static bool LooksLikeDuration(ReadOnlySpan<char> text) => text.Length > 0 && char.IsAsciiLetter(text[^1]);

    // The longest runs of plain digits that can never be too large: long.MaxValue has 19 digits, and the
    // largest duration, about 10.6 million days, has 8 digits in its largest unit.
    private const int SafeIntegerDigits = 18;
    private const int SafeDurationDigits = 7;

    /// <summary>
    /// A quick check for the numbers that files are full of: digits grouped by single underscores, optionally
    /// followed by one unit, few enough that they cannot overflow. True means <see cref="ParseInteger"/> or
    /// <see cref="ParseDuration"/> would succeed; false means only that the full grammar must decide.
    /// </summary>
    internal static bool IsCertainlyValid(ReadOnlySpan<char> numberLike)
    {
        var digits = numberLike;
        var maxDigits = SafeIntegerDigits;
        if (LooksLikeDuration(numberLike))
        {
            if (numberLike[^1] is not ('s' or 'm' or 'h' or 'd'))
            {
                return false;
            }

            digits = numberLike[..^1];
            maxDigits = SafeDurationDigits;
        }

        // Digits, with single underscores only between two of them.
        var count = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            if (char.IsAsciiDigit(digits[i]))
            {
                count++;
            }
            else if (digits[i] != '_' || i == 0 || i == digits.Length - 1 || !char.IsAsciiDigit(digits[i + 1]))
            {
                return false;
            }
        }

        return count is > 0 && count <= maxDigits;
    }

    /// <summary>
    /// Writes a duration the way the language would, in its largest whole unit: <c>2h</c>, <c>90s</c>.
    /// </summary>
    public static string FormatDuration(TimeSpan duration)
    {
        var seconds = (long)duration.TotalSeconds;
        return seconds != 0 && seconds % 86_400 == 0 ? $"{seconds / 86_400}d"
            : seconds != 0 && seconds % 3_600 == 0 ? $"{seconds / 3_600}h"
            : seconds != 0 && seconds % 60 == 0 ? $"{seconds / 60}m"
            : $"{seconds}s";
    }

    private static long PlainDigits(ReadOnlySpan<char> digits)
    {
        long value = 0;
        foreach (var digit in digits)
        {
            if (digit != '_')
            {
                value = value * 10 + (digit - '0');
            }
        }

        return value;
    }

    private static long? ToInteger(char[][] groups)
    {
        long value = 0;
        foreach (var group in groups)
        {
            foreach (var digit in group)
            {
                if (value > (long.MaxValue - (digit - '0')) / 10)
                {
                    return null;
                }

                value = value * 10 + (digit - '0');
            }
        }

        return value;
    }

    // The parsers live apart from the quick paths above, so that building them (and loading and compiling
    // Superpower's generic combinators) waits until a file holds a number that needs them, rather than
    // costing every start-up.
    private static class Grammars
    {
        public static readonly TextParser<SuperTextSpan> Identifier = SpanParser.MatchedBy(
            Character.Matching(SyntaxFacts.IsIdentifierStart, "letter or '_'")
                .IgnoreThen(Character.Matching(SyntaxFacts.IsIdentifierPart, "letter, digit or '_'").IgnoreMany()));

        public static readonly TextParser<SuperTextSpan> NumberLike = SpanParser.MatchedBy(
            Character.Digit.IgnoreThen(Character.Matching(SyntaxFacts.IsIdentifierPart, "digit").IgnoreMany()));

        // Digits in groups separated by single underscores, and nothing after them: 250_000, never 1__0 or 10_.
        public static readonly TextParser<char[][]> WholeDigitGroups =
            Character.Digit.AtLeastOnce().AtLeastOnceDelimitedBy(Character.EqualTo('_')).AtEnd();

        public static readonly TextParser<char> WholeDurationUnit = Character.In('s', 'm', 'h', 'd').AtEnd();
    }
}
