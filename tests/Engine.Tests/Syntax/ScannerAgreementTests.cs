using CsCheck;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Syntax;
using Runbook.Engine.Tests.Generators;
using Runbook.Engine.Text;
using SuperTextSpan = Superpower.Model.TextSpan;

namespace Runbook.Engine.Tests.Syntax;

/// <summary>
/// The lexer scans names and numbers with plain loops, and the lexer and the literal readers skip the grammar
/// for ordinary numbers, for speed. These properties hold both to the literal grammars and the lexer to the
/// Superpower tokenizer it is built on.
/// </summary>
public sealed class ScannerAgreementTests
{
    private const int Iterations = 1_000;

    private static readonly Gen<string> NumberLike =
        Gen.String[Gen.OneOf(Gen.Char['0', '9'], Gen.Const('_'), Gen.Char["smhdwx"]), 1, 24]
            .Where(text => char.IsAsciiDigit(text[0]));

    [Fact]
    public void Names_and_numbers_are_the_runs_the_literal_grammars_match()
        => Gen.OneOf(RunbookGenerators.Fragmented, RunbookGenerators.Mutated).Sample(text =>
        {
            foreach (var token in Lexer.Lex(SourceText.From(text), new DiagnosticBag()))
            {
                var grammar = token.Kind switch
                {
                    SyntaxKind.IdentifierToken => LiteralGrammar.Identifier,
                    _ when SyntaxFacts.IsKeyword(token.Kind) => LiteralGrammar.Identifier,
                    SyntaxKind.IntegerLiteralToken or SyntaxKind.DurationLiteralToken => LiteralGrammar.NumberLike,
                    _ => null,
                };
                if (grammar is null || token.IsMissing)
                {
                    continue;
                }

                var match = grammar(new SuperTextSpan(text).Skip(token.Position));
                Assert.True(match.HasValue, $"'{token.Text}' at {token.Position}");
                Assert.Equal(token.Text, match.Value.ToStringValue());
            }
        }, iter: Iterations);

    [Fact]
    public void A_number_the_quick_check_accepts_is_one_the_grammar_accepts()
        => NumberLike.Sample(text =>
        {
            if (!LiteralGrammar.IsCertainlyValid(text))
            {
                return;
            }

            var valid = LiteralGrammar.LooksLikeDuration(text)
                ? LiteralGrammar.ParseDuration(text).IsSuccess
                : LiteralGrammar.ParseInteger(text).IsSuccess;
            Assert.True(valid, text);
        }, iter: 10 * Iterations);

    [Fact]
    public void Reading_a_number_quickly_gives_what_the_grammar_gives()
        => NumberLike.Sample(text =>
        {
            Assert.Equal(LiteralGrammar.ParseIntegerWithGrammar(text), LiteralGrammar.ParseInteger(text));
            Assert.Equal(LiteralGrammar.ParseDurationWithGrammar(text), LiteralGrammar.ParseDuration(text));
        }, iter: 10 * Iterations);

    [Theory]
    [InlineData("1234567d")]
    [InlineData("999999999999999999")]
    [InlineData("0s")]
    [InlineData("250_000")]
    [InlineData("1_000s")]
    public void The_quick_check_accepts_plain_numbers_up_to_its_limits(string text)
        => Assert.True(LiteralGrammar.IsCertainlyValid(text));

    [Theory]
    [InlineData("12345678d")]
    [InlineData("1__0")]
    [InlineData("10_")]
    [InlineData("_1")]
    [InlineData("1_s")]
    [InlineData("15ms")]
    [InlineData("3w")]
    [InlineData("9999999999999999999")]
    public void The_quick_check_leaves_everything_else_to_the_grammar(string text)
        => Assert.False(LiteralGrammar.IsCertainlyValid(text));

    private static (SyntaxKind Kind, int Position, string Text) Piece(SyntaxTrivia trivia)
        => (trivia.Kind, trivia.Position, trivia.Text);

    [Fact]
    public void The_lexer_and_the_superpower_tokenizer_see_the_same_tokens_and_report_the_same_problems()
        => Gen.OneOf(RunbookGenerators.Fragmented, RunbookGenerators.RandomBytes, RunbookGenerators.Mutated)
            .Sample(text =>
            {
                var lexerDiagnostics = new DiagnosticBag();
                var lexed = Lexer.Lex(SourceText.From(text), lexerDiagnostics)
                    .SelectMany(token => token.LeadingTrivia.Select(Piece)
                        .Append((token.Kind, token.Position, token.Text))
                        .Concat(token.TrailingTrivia.Select(Piece)))
                    .Where(part => part.Kind != SyntaxKind.EndOfFileToken)
                    .ToList();

                var tokenizerDiagnostics = new DiagnosticBag();
                var tokenized = new RunbookTokenizer(tokenizerDiagnostics).Tokenize(text)
                    .Select(token => (token.Kind, token.Position.Absolute, token.ToStringValue()))
                    .ToList();

                Assert.Equal(tokenized, lexed);
                Assert.Equal(
                    tokenizerDiagnostics.ToImmutableSorted().Select(diagnostic => diagnostic.ToString()),
                    lexerDiagnostics.ToImmutableSorted().Select(diagnostic => diagnostic.ToString()));
            }, iter: Iterations);
}
