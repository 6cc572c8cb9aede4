using System.Collections.Immutable;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Text;

namespace Runbook.Engine.Syntax;

/// <summary>
/// A recursive-descent parser with error recovery. It never drops a token: what it cannot place becomes
/// skipped tokens with one diagnostic, and what is missing becomes a zero-width missing token. After an
/// error it reports nothing more at the same token, so one mistake gives one diagnostic, not a cascade.
/// </summary>
internal sealed partial class Parser
{
    // Deep enough for any real runbook, shallow enough that recursion stays far from the stack's end.
    internal const int MaxDepth = 100;

    private readonly SourceText _source;
    private readonly SyntaxTokenBuffer _tokens;
    private readonly DiagnosticBag _diagnostics;
    private int _position;
    private int _lastErrorTokenIndex = -1;
    private int _depth;

    private readonly BuilderPool<MemberSyntax> _memberBuilders = new();
    private readonly BuilderPool<SyntaxToken> _tokenBuilders = new();
    private readonly BuilderPool<ListItemSyntax> _itemBuilders = new();
    private readonly BuilderPool<ArgumentSyntax> _argumentBuilders = new();
    private readonly BuilderPool<ExpressionSyntax> _expressionBuilders = new();

    public Parser(SourceText source, SyntaxTokenBuffer tokens, DiagnosticBag diagnostics)
    {
        _source = source;
        _tokens = tokens;
        _diagnostics = diagnostics;
    }

    private SyntaxToken Current => _tokens[_position];

    private SyntaxToken Peek(int offset) => _tokens[Math.Min(_position + offset, _tokens.Count - 1)];

    private SyntaxToken Previous => _tokens[Math.Max(_position - 1, 0)];

    public CompilationUnitSyntax ParseCompilationUnit()
    {
        var leadingSkipped = ParseLeadingSkipped();
        var runbook = ParseRunbookDeclaration();

        SkippedTokensSyntax? trailingSkipped = null;
        if (Current.Kind != SyntaxKind.EndOfFileToken)
        {
            var skipped = ImmutableArray.CreateBuilder<SyntaxToken>();
            while (Current.Kind != SyntaxKind.EndOfFileToken)
            {
                skipped.Add(NextToken());
            }

            trailingSkipped = new SkippedTokensSyntax(skipped.ToImmutable());
            ReportAt(_position - skipped.Count, () => _diagnostics.TextAfterRunbook(
                SpanOf(skipped), SyntaxFacts.DescribeToken(skipped[0])));
        }

        return new CompilationUnitSyntax(leadingSkipped, runbook, trailingSkipped, NextToken());
    }

    // Text before the 'runbook' keyword is skipped up to something the parser can start from, so that a
    // file whose first line is wrong still has its declarations read.
    private SkippedTokensSyntax? ParseLeadingSkipped()
    {
        if (Current.Kind == SyntaxKind.RunbookKeyword)
        {
            return null;
        }

        ReportAt(_position, () => _diagnostics.ExpectedRunbookDeclaration(
            ErrorSpan(Current), SyntaxFacts.DescribeToken(Current)));

        var skipped = ImmutableArray.CreateBuilder<SyntaxToken>();
        while (Current.Kind is not (SyntaxKind.EndOfFileToken or SyntaxKind.RunbookKeyword)
            && !SyntaxFacts.IsRunbookMemberKeyword(Current.Kind))
        {
            skipped.Add(NextToken());
        }

        return skipped.Count == 0 ? null : new SkippedTokensSyntax(skipped.ToImmutable());
    }

    private RunbookDeclarationSyntax ParseRunbookDeclaration()
    {
        var keyword = Current.Kind == SyntaxKind.RunbookKeyword
            ? NextToken()
            : SyntaxToken.Missing(SyntaxKind.RunbookKeyword, Current.FullSpan.Start);
        var keywordColumn = keyword.IsMissing ? -1 : ColumnOf(keyword);

        var name = SyntaxFacts.IsStringOpening(Current.Kind)
            ? ParseStringExpression()
            : new StringExpressionSyntax([Expect(SyntaxKind.StringLiteralToken)], []);
        var openBrace = Expect(SyntaxKind.OpenBraceToken);
        var members = ParseMembers(MemberContext.Runbook, keywordColumn);
        var closeBrace = Expect(SyntaxKind.CloseBraceToken);

        return new RunbookDeclarationSyntax(keyword, name, openBrace, members, closeBrace);
    }

    private SyntaxToken NextToken()
    {
        var token = Current;
        if (token.Kind != SyntaxKind.EndOfFileToken)
        {
            _position++;
        }

        return token;
    }

    /// <summary>
    /// Takes the current token if it is of <paramref name="kind"/>; otherwise reports it and invents one.
    /// </summary>
    private SyntaxToken Expect(SyntaxKind kind)
    {
        if (Current.Kind == kind)
        {
            return NextToken();
        }

        ReportExpected(kind);
        return SyntaxToken.Missing(kind, Current.FullSpan.Start);
    }

    // Apart from Expect so that the closure, which captures the kind, is only made when there is an error.
    private void ReportExpected(SyntaxKind kind) => ReportAt(_position, () => _diagnostics.ExpectedToken(
        ErrorSpan(Current), SyntaxFacts.DescribeKind(kind), SyntaxFacts.DescribeToken(Current)));

    /// <summary>
    /// Reports through <paramref name="report"/> unless an error was already reported at the token with index
    /// <paramref name="tokenIndex"/>: the
    /// first error at a place is the one that explains it.
    /// </summary>
    private void ReportAt(int tokenIndex, Action report)
    {
        // A bad token was already explained by the lexer; a second error at it would only repeat that.
        if (tokenIndex == _lastErrorTokenIndex || _tokens[tokenIndex].Kind == SyntaxKind.BadToken)
        {
            return;
        }

        _lastErrorTokenIndex = tokenIndex;
        report();
    }

    /// <summary>
    /// Where to point at a problem with the current token. A token on the same line is pointed at directly;
    /// when the problem is that something is missing at the end of a line, the caret goes just after the
    /// last token, where the missing text belongs.
    /// </summary>
    private TextSpan ErrorSpan(SyntaxToken current)
    {
        if (_position > 0 && (IsFirstOnLine(_position) || current.Kind == SyntaxKind.EndOfFileToken))
        {
            return new TextSpan(Previous.Span.End, 0);
        }

        return current.Span;
    }

    private bool IsFirstOnLine(int index)
    {
        if (index <= 0)
        {
            return true;
        }

        return _tokens[index - 1].HasTrailingLineBreak || _tokens[index].HasLeadingLineBreak;
    }

    private int ColumnOf(SyntaxToken token) => _source.GetColumn(token.Position);

    private static TextSpan SpanOf(IReadOnlyList<SyntaxToken> tokens)
        => TextSpan.FromBounds(tokens[0].Span.Start, tokens[^1].Span.End);
}
