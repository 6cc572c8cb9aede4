using Runbook.Engine.Syntax;

namespace Runbook.Engine.Tests.Syntax;

public sealed class LiteralGrammarTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("250_000", 250_000L)]
    [InlineData("1_2_3", 123L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Integers(string text, long expected)
    {
        var result = LiteralGrammar.ParseInteger(text);

        Assert.True(result.IsSuccess);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("1__0", LiteralError.InvalidDigitSeparator)]
    [InlineData("10_", LiteralError.InvalidDigitSeparator)]
    [InlineData("9223372036854775808", LiteralError.TooLarge)]
    public void Invalid_integers(string text, LiteralError error)
        => Assert.Equal(error, LiteralGrammar.ParseInteger(text).Error);

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("15m", 900)]
    [InlineData("6h", 21_600)]
    [InlineData("2d", 172_800)]
    [InlineData("1_000s", 1_000)]
    public void Durations(string text, int seconds)
        => Assert.Equal(TimeSpan.FromSeconds(seconds), LiteralGrammar.ParseDuration(text).Value);

    [Theory]
    [InlineData("15ms", LiteralError.InvalidDurationUnit)]
    [InlineData("3w", LiteralError.InvalidDurationUnit)]
    [InlineData("1_s", LiteralError.InvalidDigitSeparator)]
    [InlineData("99999999999999999d", LiteralError.TooLarge)]
    public void Invalid_durations(string text, LiteralError error)
        => Assert.Equal(error, LiteralGrammar.ParseDuration(text).Error);

    [Theory]
    [InlineData(90, "90s")]
    [InlineData(900, "15m")]
    [InlineData(7_200, "2h")]
    [InlineData(172_800, "2d")]
    [InlineData(0, "0s")]
    public void Durations_are_written_in_their_largest_whole_unit(int seconds, string expected)
        => Assert.Equal(expected, LiteralGrammar.FormatDuration(TimeSpan.FromSeconds(seconds)));
}
