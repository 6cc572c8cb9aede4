using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Text;

namespace Runbook.Engine.Syntax;

/// <summary>
/// Turns a file into the parser's tokens: each with its leading trivia (everything since the previous
/// token's line ended) and trailing trivia (the rest of its own line, line break included). The last token
/// is always <see cref="SyntaxKind.EndOfFileToken"/>, which holds whatever trivia ends the file.
/// </summary>
public static class Lexer
{
    // Files of the usual layout hold about one token per seven characters; a close first guess spares the
    // token list most of its regrowth.
    private const int CharactersPerToken = 7;

    /// <summary>Lexes <paramref name="source"/>; lexical problems are added to <paramref name="diagnostics"/>.</summary>
    public static ImmutableArray<SyntaxToken> Lex(SourceText source, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        var scanner = new RunbookTokenizer(diagnostics);
        var texts = TextTable.Current;
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>(text.Length / CharactersPerToken + 1);
        var trivia = new List<SyntaxTrivia>();
        var position = 0;

        while (true)
        {
            // Trivia characters start nothing else, so one look at the next character says whether the
            // scanner will return trivia; each token is still scanned exactly once and in order.
            while (position < text.Length && IsTriviaStart(text[position]))
            {
                trivia.Add(ScanTrivia(scanner, texts, text, ref position));
            }

            var leading = Drain(trivia);
            if (position >= text.Length)
            {
                tokens.Add(new SyntaxToken(SyntaxKind.EndOfFileToken, string.Empty, text.Length, leading, []));
                break;
            }

            var start = position;
            var (kind, length) = scanner.ScanToken(text, start);
            position += length;

            while (position < text.Length && IsTriviaStart(text[position]))
            {
                var trailing = ScanTrivia(scanner, texts, text, ref position);
                trivia.Add(trailing);
                if (trailing.Kind == SyntaxKind.EndOfLineTrivia)
                {
                    break;
                }
            }

            var tokenText = SyntaxFacts.GetText(kind) ?? texts.Get(text, start, length);
            tokens.Add(new SyntaxToken(kind, tokenText, start, leading, Drain(trivia)));
        }

        scanner.EndOfInput();
        return tokens.DrainToImmutable();
    }

    private static bool IsTriviaStart(char c) => c is ' ' or '\t' or '\r' or '\n' or '#';

    private static SyntaxTrivia ScanTrivia(RunbookTokenizer scanner, TextTable texts, string text, ref int position)
    {
        var start = position;
        var (kind, length) = scanner.ScanToken(text, start);
        position += length;
        return new SyntaxTrivia(kind, texts.Get(text, start, length), start);
    }

    private static ImmutableArray<SyntaxTrivia> Drain(List<SyntaxTrivia> trivia)
    {
        if (trivia.Count == 0)
        {
            return [];
        }

        var array = ImmutableArray.Create<SyntaxTrivia>(CollectionsMarshal.AsSpan(trivia));
        trivia.Clear();
        return array;
    }
}
