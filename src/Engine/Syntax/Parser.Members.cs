using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

// Declarations, blocks and the recovery loop that reads their members.
internal sealed partial class Parser
{
    /// <summary>
    /// Reads members up to the block's closing brace. A runbook-level keyword inside a body or the plan block
    /// is taken as a sign that the block's closing brace is missing when it is written no further right than
    /// the block's own keyword (the usual layout of a sibling), and as a misplaced member otherwise.
    /// </summary>
    private ImmutableArray<MemberSyntax> ParseMembers(MemberContext context, int ownerColumn)
    {
        var members = _memberBuilders.Rent();

        while (Current.Kind is not (SyntaxKind.CloseBraceToken or SyntaxKind.EndOfFileToken))
        {
            if (context != MemberContext.Runbook
                && SyntaxFacts.IsRunbookMemberKeyword(Current.Kind)
                && ColumnOf(Current) <= ownerColumn)
            {
                break;
            }

            var start = _position;
            var member = ParseMember(context) ?? SkipToNextMember(context);
            members.Add(member);

            if (_position == start)
            {
                members.Add(SkipOneToken(context));
            }
        }

        return _memberBuilders.ToImmutableAndReturn(members);
    }

    private MemberSyntax? ParseMember(MemberContext context)
    {
        var keyword = Current;
        MemberSyntax? member = Current.Kind switch
        {
            SyntaxKind.IdentifierToken => ParseProperty(),
            SyntaxKind.ParamKeyword => ParseParamDeclaration(),
            SyntaxKind.ConnectionKeyword => ParseConnectionDeclaration(),
            SyntaxKind.RequireKeyword => ParseRequireDeclaration(),
            SyntaxKind.StepKeyword => ParseStepDeclaration(),
            SyntaxKind.PlanKeyword => ParsePlanBlock(),
            SyntaxKind.ExpectKeyword => ParseExpectDeclaration(),
            _ => null,
        };

        if (member is not null and not PropertySyntax && !IsAllowed(member.Kind, context))
        {
            _diagnostics.MemberNotAllowedHere(
                keyword.Span, $"'{keyword.Text}'", DescribeContext(context), AdviceFor(member.Kind));
        }

        return member;
    }

    private static bool IsAllowed(SyntaxKind member, MemberContext context) => context switch
    {
        MemberContext.Runbook => member != SyntaxKind.ExpectDeclarationSyntax,
        MemberContext.Plan => member == SyntaxKind.ExpectDeclarationSyntax,
        _ => false,
    };

    private static string DescribeContext(MemberContext context) => context switch
    {
        MemberContext.Runbook => "the runbook itself",
        MemberContext.Plan => "the plan block",
        _ => "the body of a connection or step",
    };

    private static string AdviceFor(SyntaxKind member) => member == SyntaxKind.ExpectDeclarationSyntax
        ? "move it into the plan block"
        : "move it directly inside the runbook (is a closing brace '}' missing above it?)";

    private static string WhatMayStandIn(MemberContext context) => context switch
    {
        MemberContext.Runbook => "expected a property (name = value) or a param, connection, require, step or plan",
        MemberContext.Plan => "expected a property (name = value) or an expect",
        _ => "expected a property (name = value)",
    };

    private PropertySyntax ParseProperty()
    {
        var name = NextToken();
        var equals = Expect(SyntaxKind.EqualsToken);
        var value = ParseExpression();
        return new PropertySyntax(name, equals, value);
    }

    private ParamDeclarationSyntax ParseParamDeclaration()
    {
        var keyword = NextToken();
        var name = Expect(SyntaxKind.IdentifierToken);
        var colon = Expect(SyntaxKind.ColonToken);
        var type = ParseType();

        DefaultValueSyntax? defaultValue = null;
        if (Current.Kind == SyntaxKind.EqualsToken)
        {
            var equals = NextToken();
            defaultValue = new DefaultValueSyntax(equals, ParseExpression());
        }

        return new ParamDeclarationSyntax(keyword, name, colon, type, defaultValue);
    }

    private TypeSyntax ParseType()
    {
        var name = Expect(SyntaxKind.IdentifierToken);
        if (Current.Kind != SyntaxKind.OpenBracketToken)
        {
            return new TypeSyntax(name, null, null);
        }

        var open = NextToken();
        return new TypeSyntax(name, open, Expect(SyntaxKind.CloseBracketToken));
    }

    private ConnectionDeclarationSyntax ParseConnectionDeclaration()
    {
        var keyword = NextToken();
        var name = Expect(SyntaxKind.IdentifierToken);
        var colon = Expect(SyntaxKind.ColonToken);
        var kind = ParseKindName();
        var body = ParseBlock(ColumnOf(keyword));
        return new ConnectionDeclarationSyntax(keyword, name, colon, kind, body);
    }

    private StepDeclarationSyntax ParseStepDeclaration()
    {
        var keyword = NextToken();
        var name = Expect(SyntaxKind.IdentifierToken);
        var colon = Expect(SyntaxKind.ColonToken);
        var kind = ParseKindName();
        var title = SyntaxFacts.IsStringOpening(Current.Kind) ? ParseStringExpression() : null;
        var body = ParseBlock(ColumnOf(keyword));
        return new StepDeclarationSyntax(keyword, name, colon, kind, title, body);
    }

    private RequireDeclarationSyntax ParseRequireDeclaration()
    {
        var keyword = NextToken();
        var condition = ParseExpression();
        return new RequireDeclarationSyntax(keyword, condition, ParseOptionalBecause());
    }

    private ExpectDeclarationSyntax ParseExpectDeclaration()
    {
        var keyword = NextToken();
        var condition = ParseExpression();
        return new ExpectDeclarationSyntax(keyword, condition, ParseOptionalBecause());
    }

    private BecauseClauseSyntax? ParseOptionalBecause()
    {
        if (Current.Kind != SyntaxKind.BecauseKeyword)
        {
            return null;
        }

        var keyword = NextToken();
        return new BecauseClauseSyntax(keyword, ParseExpression());
    }

    private PlanBlockSyntax ParsePlanBlock()
    {
        var keyword = NextToken();
        var openBrace = Expect(SyntaxKind.OpenBraceToken);
        if (openBrace.IsMissing)
        {
            return new PlanBlockSyntax(keyword, openBrace, [], Expect(SyntaxKind.CloseBraceToken));
        }

        var members = ParseMembers(MemberContext.Plan, ColumnOf(keyword));
        return new PlanBlockSyntax(keyword, openBrace, members, Expect(SyntaxKind.CloseBraceToken));
    }

    // Without its opening brace a body is not read at all: guessing where it would have ended does more harm
    // than reporting the one missing brace.
    private BlockSyntax ParseBlock(int ownerColumn)
    {
        var openBrace = Expect(SyntaxKind.OpenBraceToken);
        if (openBrace.IsMissing)
        {
            return new BlockSyntax(openBrace, [], Expect(SyntaxKind.CloseBraceToken));
        }

        var members = ParseMembers(MemberContext.Body, ownerColumn);
        return new BlockSyntax(openBrace, members, Expect(SyntaxKind.CloseBraceToken));
    }

    private KindNameSyntax ParseKindName()
    {
        var parts = _tokenBuilders.Rent();
        parts.Add(Expect(SyntaxKind.IdentifierToken));

        while (Current.Kind == SyntaxKind.DotToken)
        {
            parts.Add(NextToken());
            parts.Add(Expect(SyntaxKind.IdentifierToken));
        }

        return new KindNameSyntax(_tokenBuilders.ToImmutableAndReturn(parts));
    }

    /// <summary>
    /// Skips from a token that starts no member to the next place a member can start: a declaration
    /// keyword, a name first on its line, or a closing brace outside any brackets the skipped text opened.
    /// </summary>
    private SkippedTokensSyntax SkipToNextMember(MemberContext context)
    {
        var startIndex = _position;
        var skipped = ImmutableArray.CreateBuilder<SyntaxToken>();
        var depth = 0;

        do
        {
            var token = NextToken();
            skipped.Add(token);
            depth += token.Kind switch
            {
                SyntaxKind.OpenBraceToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenParenToken => 1,
                SyntaxKind.CloseBraceToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseParenToken => -1,
                _ => 0,
            };
            depth = Math.Max(depth, 0);
        }
        while (!IsMemberResynchronizationPoint(depth));

        ReportAt(startIndex, () => _diagnostics.UnexpectedTokens(
            SpanOf(skipped), SyntaxFacts.DescribeToken(skipped[0]),
            WhatMayStandIn(context)));
        return new SkippedTokensSyntax(skipped.ToImmutable());
    }

    private bool IsMemberResynchronizationPoint(int depth)
    {
        var kind = Current.Kind;
        if (kind == SyntaxKind.EndOfFileToken)
        {
            return true;
        }

        var firstOnLine = IsFirstOnLine(_position);
        if (SyntaxFacts.IsRunbookMemberKeyword(kind) || kind == SyntaxKind.ExpectKeyword)
        {
            return depth == 0 || firstOnLine;
        }

        return depth == 0 && (kind == SyntaxKind.CloseBraceToken || kind == SyntaxKind.IdentifierToken && firstOnLine);
    }

    private SkippedTokensSyntax SkipOneToken(MemberContext context)
    {
        var startIndex = _position;
        var token = NextToken();
        ReportAt(startIndex, () => _diagnostics.UnexpectedTokens(
            token.Span, SyntaxFacts.DescribeToken(token), WhatMayStandIn(context)));
        return new SkippedTokensSyntax([token]);
    }
}
