using System.Collections.Immutable;
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
    /// <summary>
    /// Lexes <paramref name="source"/>; lexical problems are added to <paramref name="diagnostics"/>.
    /// </summary>
    public static ImmutableArray<SyntaxToken> Lex(SourceText source, DiagnosticBag diagnostics)
        => LexToBuffer(source, diagnostics).ToImmutableArray();

    /// <summary>Lexes into the chunked buffer that the parser reads.</summary>
    internal static SyntaxTokenBuffer LexToBuffer(SourceText source, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        var scanner = new RunbookTokenizer(diagnostics);
        var texts = TextTable.Current;
        var tokens = new SyntaxTokenBuffer();
        var position = 0;

        while (true)
        {
            // Trivia characters start nothing else, so one look at the next character says whether the
            // scanner will return trivia. Every piece is still scanned, once and in order, because a line
            // break ends the one-line interpolations still open; the token keeps only the trivia's extent.
            var leadingStart = position;
            var leadingLineBreak = false;
            while (position < text.Length && IsTriviaStart(text[position]))
            {
                leadingLineBreak |= ScanTrivia(scanner, text, ref position) == SyntaxKind.EndOfLineTrivia;
            }

            if (position >= text.Length)
            {
                tokens.Add(new SyntaxToken(
                    SyntaxKind.EndOfFileToken, string.Empty, text.Length, text, text.Length - leadingStart, 0,
                    leadingLineBreak, hasTrailingLineBreak: false));
                break;
            }

            var start = position;
            var (kind, length) = scanner.ScanToken(text, start);
            position += length;

            var trailingLineBreak = false;
            while (!trailingLineBreak && position < text.Length && IsTriviaStart(text[position]))
            {
                trailingLineBreak = ScanTrivia(scanner, text, ref position) == SyntaxKind.EndOfLineTrivia;
            }

            var tokenText = SyntaxFacts.GetText(kind) ?? texts.Get(text, start, length);
            tokens.Add(new SyntaxToken(
                kind, tokenText, start, text, start - leadingStart, position - start - length,
                leadingLineBreak, trailingLineBreak));
        }

        scanner.EndOfInput();
        return tokens;
    }

    private static bool IsTriviaStart(char c) => c is ' ' or '\t' or '\r' or '\n' or '#';

    private static SyntaxKind ScanTrivia(RunbookTokenizer scanner, string text, ref int position)
    {
        var (kind, length) = scanner.ScanToken(text, position);
        position += length;
        return kind;
    }
}
