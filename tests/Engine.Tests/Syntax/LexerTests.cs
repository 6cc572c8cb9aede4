using Runbook.Engine.Diagnostics;
using Runbook.Engine.Syntax;
using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.Syntax;

public sealed class LexerTests
{
    private static List<(SyntaxKind Kind, string Text)> Lex(string source)
        => [.. Lexer.Lex(SourceText.From(source), new DiagnosticBag()).Select(token => (token.Kind, token.Text))];

    // A token keeps its kind in the low 16 bits of one int, beside its flags.
    [Fact]
    public void Every_syntax_kind_fits_in_the_bits_a_token_keeps_for_it()
        => Assert.All(Enum.GetValues<SyntaxKind>(), kind => Assert.InRange((int)kind, 0, 0xFFFF));

    [Fact]
    public void Tokens_made_with_their_trivia_keep_kind_flags_and_trivia()
    {
        var leading = new SyntaxTrivia(SyntaxKind.EndOfLineTrivia, "\n", 0);
        var trailing = new SyntaxTrivia(SyntaxKind.WhitespaceTrivia, " ", 5);

        var token = new SyntaxToken(SyntaxKind.StepKeyword, "step", 1, [leading], [trailing]);
        var missing = SyntaxToken.Missing(SyntaxKind.CloseBraceToken, 7);

        Assert.Equal((SyntaxKind.StepKeyword, false, "\nstep "), (token.Kind, token.IsMissing, token.ToFullString()));
        Assert.Equal(new TextSpan(0, 6), token.FullSpan);
        Assert.Equal((SyntaxKind.CloseBraceToken, true, ""), (missing.Kind, missing.IsMissing, missing.ToFullString()));
    }

    [Fact]
    public void Punctuation_and_operators_are_single_tokens()
    {
        var tokens = Lex("{ } [ ] ( ) , : = . == != < <= > >=");

        Assert.Equal(
            [
                SyntaxKind.OpenBraceToken, SyntaxKind.CloseBraceToken, SyntaxKind.OpenBracketToken,
                SyntaxKind.CloseBracketToken, SyntaxKind.OpenParenToken, SyntaxKind.CloseParenToken,
                SyntaxKind.CommaToken, SyntaxKind.ColonToken, SyntaxKind.EqualsToken, SyntaxKind.DotToken,
                SyntaxKind.EqualsEqualsToken, SyntaxKind.BangEqualsToken, SyntaxKind.LessThanToken,
                SyntaxKind.LessThanEqualsToken, SyntaxKind.GreaterThanToken, SyntaxKind.GreaterThanEqualsToken,
                SyntaxKind.EndOfFileToken,
            ],
            tokens.Select(token => token.Kind));
    }

    [Fact]
    public void Keywords_are_recognised_and_other_names_are_identifiers()
    {
        var tokens = Lex("runbook param connection require because step plan expect and or not true false steps _x9");

        Assert.Equal(SyntaxKind.RunbookKeyword, tokens[0].Kind);
        Assert.Equal(SyntaxKind.FalseKeyword, tokens[12].Kind);
        Assert.Equal((SyntaxKind.IdentifierToken, "steps"), tokens[13]);
        Assert.Equal((SyntaxKind.IdentifierToken, "_x9"), tokens[14]);
    }

    [Theory]
    [InlineData("250_000", SyntaxKind.IntegerLiteralToken)]
    [InlineData("0", SyntaxKind.IntegerLiteralToken)]
    [InlineData("90s", SyntaxKind.DurationLiteralToken)]
    [InlineData("15m", SyntaxKind.DurationLiteralToken)]
    [InlineData("6h", SyntaxKind.DurationLiteralToken)]
    [InlineData("2d", SyntaxKind.DurationLiteralToken)]
    public void Numbers_and_durations(string text, SyntaxKind kind)
        => Assert.Equal((kind, text), Lex(text)[0]);

    [Fact]
    public void An_interpolated_string_is_split_around_its_expressions()
    {
        var tokens = Lex("\"a ${x} b ${ {y} } c\"");

        Assert.Equal(
            [
                (SyntaxKind.StringStartToken, "\"a ${"),
                (SyntaxKind.IdentifierToken, "x"),
                (SyntaxKind.StringMiddleToken, "} b ${"),
                (SyntaxKind.OpenBraceToken, "{"),
                (SyntaxKind.IdentifierToken, "y"),
                (SyntaxKind.CloseBraceToken, "}"),
                (SyntaxKind.StringEndToken, "} c\""),
                (SyntaxKind.EndOfFileToken, ""),
            ],
            tokens);
    }

    [Fact]
    public void A_text_block_spans_lines_and_may_hold_quotes()
    {
        var tokens = Lex("\"\"\"\n  a \"quoted\" word\n  \"\"\" x");

        Assert.Equal((SyntaxKind.TextBlockLiteralToken, "\"\"\"\n  a \"quoted\" word\n  \"\"\""), tokens[0]);
        Assert.Equal((SyntaxKind.IdentifierToken, "x"), tokens[1]);
    }

    [Fact]
    public void An_escaped_dollar_does_not_start_an_interpolation()
        => Assert.Equal(SyntaxKind.StringLiteralToken, Lex("\"\\${x}\"")[0].Kind);

    [Fact]
    public void Trailing_trivia_runs_to_the_end_of_the_line_and_the_rest_leads_the_next_token()
    {
        var tokens = Lexer.Lex(SourceText.From("a # one\n\n  # two\nb"), new DiagnosticBag());

        Assert.Equal([" ", "# one", "\n"], tokens[0].TrailingTrivia.Select(trivia => trivia.Text));
        Assert.Equal(["\n", "  ", "# two", "\n"], tokens[1].LeadingTrivia.Select(trivia => trivia.Text));
    }

    [Fact]
    public void A_run_of_bad_characters_is_one_token_with_one_diagnostic()
    {
        var diagnostics = new DiagnosticBag();
        var tokens = Lexer.Lex(SourceText.From("a @$% b"), diagnostics);

        Assert.Equal((SyntaxKind.BadToken, "@$%"), (tokens[1].Kind, tokens[1].Text));
        Assert.Equal("RB1001", Assert.Single(diagnostics.ToImmutableSorted()).Code);
    }
}
