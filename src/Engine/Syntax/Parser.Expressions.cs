using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

// Expressions, from the loosest operator to the tightest: or, and, not, comparison, postfix, primary.
internal sealed partial class Parser
{
    // Operator chains are read in loops, not by recursion, but each link deepens the tree that later stages
    // walk recursively; chains longer than this are cut short like over-deep brackets.
    private const int MaxOperatorChain = 1_000;

    private ExpressionSyntax ParseExpression() => ParseOr();

    private ExpressionSyntax ParseOr()
    {
        var left = ParseAnd();
        var links = 0;
        while (Current.Kind == SyntaxKind.OrKeyword && links++ < MaxOperatorChain)
        {
            var op = NextToken();
            left = new BinaryExpressionSyntax(left, op, ParseAnd());
        }

        return left;
    }

    private ExpressionSyntax ParseAnd()
    {
        var left = ParseNot();
        var links = 0;
        while (Current.Kind == SyntaxKind.AndKeyword && links++ < MaxOperatorChain)
        {
            var op = NextToken();
            left = new BinaryExpressionSyntax(left, op, ParseNot());
        }

        return left;
    }

    // 'not not x' is read without recursion: the operators are collected, then wrapped around the operand.
    private ExpressionSyntax ParseNot()
    {
        if (Current.Kind != SyntaxKind.NotKeyword)
        {
            return ParseComparison();
        }

        var operators = new List<SyntaxToken>();
        while (Current.Kind == SyntaxKind.NotKeyword && operators.Count < MaxOperatorChain)
        {
            operators.Add(NextToken());
        }

        if (Current.Kind == SyntaxKind.NotKeyword)
        {
            return SkipOperatorChain(operators);
        }

        var operand = ParseComparison();
        for (var i = operators.Count - 1; i >= 0; i--)
        {
            operand = new UnaryExpressionSyntax(operators[i], operand);
        }

        return operand;
    }

    private ExpressionSyntax ParseComparison()
    {
        var left = ParsePostfix();
        var comparisons = 0;
        while (SyntaxFacts.IsComparisonOperator(Current.Kind) && comparisons < MaxOperatorChain)
        {
            if (comparisons++ == 1)
            {
                ReportAt(_position, () => _diagnostics.ChainedComparison(Current.Span));
            }

            var op = NextToken();
            left = new BinaryExpressionSyntax(left, op, ParsePostfix());
        }

        return left;
    }

    private ExpressionSyntax ParsePostfix()
    {
        var expression = ParsePrimary();
        var links = 0;

        while (links++ < MaxOperatorChain)
        {
            if (Current.Kind == SyntaxKind.DotToken)
            {
                var dot = NextToken();
                expression = new MemberAccessExpressionSyntax(expression, dot, Expect(SyntaxKind.IdentifierToken));
            }
            else if (Current.Kind == SyntaxKind.OpenParenToken)
            {
                expression = ParseCall(expression);
            }
            else
            {
                break;
            }
        }

        return expression;
    }

    private ExpressionSyntax ParsePrimary()
    {
        switch (Current.Kind)
        {
            case SyntaxKind.IntegerLiteralToken or SyntaxKind.DurationLiteralToken
                or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword:
                return new LiteralExpressionSyntax(NextToken());
            case SyntaxKind.IdentifierToken when !StartsProperty():
                return new NameExpressionSyntax(NextToken());
            case SyntaxKind.ParamKeyword when Peek(1).Kind == SyntaxKind.DotToken:
                return new ParamRootExpressionSyntax(NextToken());
            case SyntaxKind.OpenBracketToken or SyntaxKind.OpenParenToken when _depth >= MaxDepth:
                return SkipTooDeep();
            case SyntaxKind.OpenBracketToken:
                return ParseList();
            case SyntaxKind.OpenParenToken:
                return ParseParenthesized();
            case var kind when SyntaxFacts.IsStringOpening(kind):
                return _depth >= MaxDepth ? SkipTooDeep() : ParseStringExpression();
            default:
                ReportAt(_position, () => _diagnostics.ExpectedExpression(
                    ErrorSpan(Current), SyntaxFacts.DescribeToken(Current)));
                var placeholder = SyntaxToken.Missing(SyntaxKind.IdentifierToken, Current.FullSpan.Start);
                return new MissingExpressionSyntax(placeholder);
        }
    }

    private ListExpressionSyntax ParseList()
    {
        var open = NextToken();
        _depth++;
        var items = _itemBuilders.Rent();

        while (Current.Kind != SyntaxKind.CloseBracketToken && CanContinueList())
        {
            var start = _position;
            var item = ParseExpression();
            var comma = Current.Kind == SyntaxKind.CommaToken || StartsExpression(Current.Kind)
                ? Expect(SyntaxKind.CommaToken)
                : null;
            items.Add(new ListItemSyntax(item, comma));

            if (comma is null || _position == start)
            {
                break;
            }
        }

        _depth--;
        return new ListExpressionSyntax(
            open, _itemBuilders.ToImmutableAndReturn(items), Expect(SyntaxKind.CloseBracketToken));
    }

    private ParenthesizedExpressionSyntax ParseParenthesized()
    {
        var open = NextToken();
        _depth++;
        var inner = ParseExpression();
        _depth--;
        return new ParenthesizedExpressionSyntax(open, inner, Expect(SyntaxKind.CloseParenToken));
    }

    private CallExpressionSyntax ParseCall(ExpressionSyntax target)
    {
        var open = NextToken();
        _depth++;
        var arguments = _argumentBuilders.Rent();

        while (Current.Kind != SyntaxKind.CloseParenToken && CanContinueList())
        {
            var start = _position;
            var argument = _depth >= MaxDepth ? SkipTooDeep() : ParseExpression();
            var comma = Current.Kind == SyntaxKind.CommaToken || StartsExpression(Current.Kind)
                ? Expect(SyntaxKind.CommaToken)
                : null;
            arguments.Add(new ArgumentSyntax(argument, comma));

            if (comma is null || _position == start)
            {
                break;
            }
        }

        _depth--;
        return new CallExpressionSyntax(
            target, open, _argumentBuilders.ToImmutableAndReturn(arguments), Expect(SyntaxKind.CloseParenToken));
    }

    // A name first on its line and followed by '=' starts the next property, never an operand: a value left
    // out before it is reported as missing rather than taking the property's name.
    private bool StartsProperty()
        => Current.Kind == SyntaxKind.IdentifierToken
            && Peek(1).Kind == SyntaxKind.EqualsToken
            && IsFirstOnLine(_position);

    // A list or argument list stops at what can only belong to the enclosing block, so that a missing ']'
    // or ')' does not swallow the declarations after it.
    private bool CanContinueList() => Current.Kind switch
    {
        SyntaxKind.EndOfFileToken or SyntaxKind.CloseBraceToken => false,
        var kind when SyntaxFacts.IsRunbookMemberKeyword(kind) && Peek(1).Kind != SyntaxKind.DotToken => false,
        SyntaxKind.IdentifierToken => !StartsProperty(),
        _ => true,
    };

    private static bool StartsExpression(SyntaxKind kind) => kind is SyntaxKind.IntegerLiteralToken
        or SyntaxKind.DurationLiteralToken or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword
        or SyntaxKind.IdentifierToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenParenToken
        or SyntaxKind.NotKeyword || SyntaxFacts.IsStringOpening(kind);

    /// <summary>
    /// Reads a string or text block: its first part, then each interpolated expression followed by the next
    /// part, until the part that closes it.
    /// </summary>
    private StringExpressionSyntax ParseStringExpression()
    {
        var first = NextToken();
        if (first.Kind is not (SyntaxKind.StringStartToken or SyntaxKind.TextBlockStartToken))
        {
            return new StringExpressionSyntax([first], []);
        }

        var isTextBlock = first.Kind == SyntaxKind.TextBlockStartToken;
        var segments = _tokenBuilders.Rent();
        var interpolations = _expressionBuilders.Rent();
        segments.Add(first);

        var middle = isTextBlock ? SyntaxKind.TextBlockMiddleToken : SyntaxKind.StringMiddleToken;
        var end = isTextBlock ? SyntaxKind.TextBlockEndToken : SyntaxKind.StringEndToken;
        _depth++;

        while (true)
        {
            interpolations.Add(ParseInterpolation(middle, end, isTextBlock));
            if (Current.Kind == middle)
            {
                segments.Add(NextToken());
                continue;
            }

            // The lexer has already reported a string whose interpolation never closed; the missing end part
            // only keeps the tree's shape.
            segments.Add(Current.Kind == end ? NextToken() : SyntaxToken.Missing(end, Current.FullSpan.Start));
            break;
        }

        _depth--;
        return new StringExpressionSyntax(
            _tokenBuilders.ToImmutableAndReturn(segments), _expressionBuilders.ToImmutableAndReturn(interpolations));
    }

    private ExpressionSyntax ParseInterpolation(SyntaxKind middle, SyntaxKind end, bool isTextBlock)
    {
        var start = _position;
        var expression = ParseExpression();
        if (Current.Kind == middle || Current.Kind == end || !isTextBlock && IsFirstOnLine(_position))
        {
            return expression;
        }

        // Text after the expression inside ${ }: keep the expression's tokens and the extra ones together.
        var extraStart = _position;
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        for (var index = start; index < extraStart; index++)
        {
            tokens.Add(_tokens[index]);
        }

        while (Current.Kind != middle && Current.Kind != end && Current.Kind != SyntaxKind.EndOfFileToken
            && (isTextBlock || !IsFirstOnLine(_position)))
        {
            tokens.Add(NextToken());
        }

        if (_position > extraStart)
        {
            var extra = tokens.Skip(extraStart - start).ToList();
            ReportAt(extraStart, () => _diagnostics.UnexpectedTokens(
                SpanOf(extra), SyntaxFacts.DescribeToken(extra[0]),
                "expected '}' to close the interpolation"));
        }

        return tokens.Count == 0 ? expression : new SkippedExpressionSyntax(tokens.ToImmutable());
    }

    // A chain of operators longer than any real condition: it and the rest of the expression are skipped.
    private SkippedExpressionSyntax SkipOperatorChain(List<SyntaxToken> consumed)
    {
        var startIndex = _position - consumed.Count;
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        tokens.AddRange(consumed);
        while (Current.Kind is not (SyntaxKind.EndOfFileToken or SyntaxKind.CloseBraceToken)
            && !SyntaxFacts.IsRunbookMemberKeyword(Current.Kind)
            && !(Current.Kind == SyntaxKind.IdentifierToken && IsFirstOnLine(_position)))
        {
            tokens.Add(NextToken());
        }

        ReportAt(startIndex, () => _diagnostics.NestingTooDeep(SpanOf(tokens), MaxOperatorChain));
        return new SkippedExpressionSyntax(tokens.ToImmutable());
    }

    /// <summary>
    /// Skips brackets nested beyond <see cref="MaxDepth"/> without descending into them: the region up to its
    /// matching close bracket (or up to where the enclosing block resumes) is kept as one skipped expression.
    /// </summary>
    private SkippedExpressionSyntax SkipTooDeep()
    {
        var startIndex = _position;
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        var depth = 0;

        do
        {
            var token = NextToken();
            tokens.Add(token);
            depth += token.Kind switch
            {
                SyntaxKind.OpenBracketToken or SyntaxKind.OpenParenToken => 1,
                SyntaxKind.CloseBracketToken or SyntaxKind.CloseParenToken => -1,
                _ => 0,
            };
        }
        while (depth > 0 && Current.Kind is not (SyntaxKind.EndOfFileToken or SyntaxKind.CloseBraceToken));

        ReportAt(startIndex, () => _diagnostics.NestingTooDeep(SpanOf(tokens), MaxDepth));
        return new SkippedExpressionSyntax(tokens.ToImmutable());
    }
}
