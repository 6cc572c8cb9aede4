using Runbook.Engine.Text;

namespace Runbook.Engine.Diagnostics;

// Named reporters for RB1xxx. Arguments that describe found tokens are already quoted by the caller.
public sealed partial class DiagnosticBag
{
    internal void UnexpectedCharacter(TextSpan span, string characters)
        => Add(DiagnosticCatalog.UnexpectedCharacter, span, characters);

    internal void UnterminatedString(TextSpan span) => Add(DiagnosticCatalog.UnterminatedString, span);

    internal void InvalidEscape(TextSpan span, string escape) => Add(DiagnosticCatalog.InvalidEscape, span, escape);

    internal void UnterminatedTextBlock(TextSpan span) => Add(DiagnosticCatalog.UnterminatedTextBlock, span);

    internal void InvalidDigitSeparator(TextSpan span, string text)
        => Add(DiagnosticCatalog.InvalidDigitSeparator, span, text);

    internal void NumberTooLarge(TextSpan span, string text) => Add(DiagnosticCatalog.NumberTooLarge, span, text);

    internal void InvalidDurationUnit(TextSpan span, string text)
        => Add(DiagnosticCatalog.InvalidDurationUnit, span, text);

    internal void ExpectedToken(TextSpan span, string expected, string found)
        => Add(DiagnosticCatalog.ExpectedToken, span, expected, found);

    internal void ExpectedExpression(TextSpan span, string found)
        => Add(DiagnosticCatalog.ExpectedExpression, span, found);

    internal void UnexpectedTokens(TextSpan span, string found, string whatMayStandHere)
        => Add(
            DiagnosticCatalog.UnexpectedTokens,
            span,
            char.ToUpperInvariant(found[0]) + found[1..],
            whatMayStandHere);

    internal void ExpectedRunbookDeclaration(TextSpan span, string found)
        => Add(DiagnosticCatalog.ExpectedRunbookDeclaration, span, found);

    internal void TextAfterRunbook(TextSpan span, string found) => Add(DiagnosticCatalog.TextAfterRunbook, span, found);

    internal void ChainedComparison(TextSpan span) => Add(DiagnosticCatalog.ChainedComparison, span);

    internal void NestingTooDeep(TextSpan span, int limit) => Add(DiagnosticCatalog.NestingTooDeep, span, limit);

    internal void MemberNotAllowedHere(TextSpan span, string member, string container, string advice)
        => Add(DiagnosticCatalog.MemberNotAllowedHere, span, member, container, advice);

    internal void UnterminatedInterpolation(TextSpan span) => Add(DiagnosticCatalog.UnterminatedInterpolation, span);
}
