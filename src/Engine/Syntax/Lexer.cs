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
    /// <summary>Lexes <paramref name="source"/>; lexical problems are added to <paramref name="diagnostics"/>.</summary>
    public static ImmutableArray<SyntaxToken> Lex(SourceText source, DiagnosticBag diagnostics)
    {
        var raw = new RunbookTokenizer(diagnostics).Tokenize(source.Text).ToArray();
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>(raw.Length / 2 + 1);
        var leading = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        var index = 0;

        while (index < raw.Length)
        {
            var kind = raw[index].Kind;
            if (IsTrivia(kind))
            {
                leading.Add(MakeTrivia(raw[index]));
                index++;
                continue;
            }

            var token = raw[index];
            index++;

            var trailing = ImmutableArray.CreateBuilder<SyntaxTrivia>();
            while (index < raw.Length && IsTrivia(raw[index].Kind))
            {
                trailing.Add(MakeTrivia(raw[index]));
                index++;
                if (trailing[^1].Kind == SyntaxKind.EndOfLineTrivia)
                {
                    break;
                }
            }

            tokens.Add(new SyntaxToken(
                kind,
                SyntaxFacts.GetText(kind) ?? token.ToStringValue(),
                token.Position.Absolute,
                leading.DrainToImmutable(),
                trailing.DrainToImmutable()));
        }

        tokens.Add(new SyntaxToken(
            SyntaxKind.EndOfFileToken, string.Empty, source.Text.Length, leading.DrainToImmutable(), []));
        return tokens.DrainToImmutable();
    }

    private static bool IsTrivia(SyntaxKind kind)
        => kind is SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia or SyntaxKind.CommentTrivia;

    private static SyntaxTrivia MakeTrivia(Superpower.Model.Token<SyntaxKind> token)
        => new(token.Kind, token.ToStringValue(), token.Position.Absolute);
}
