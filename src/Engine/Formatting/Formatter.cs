using Runbook.Engine.Diagnostics;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Formatting;

/// <summary>
/// Rewrites a runbook into the canonical layout: four-space indentation, one space around '=' and binary
/// operators, the '=' of consecutive properties aligned, declarations separated by one blank line, and
/// comments kept where they were. Only whitespace changes, so the formatted file has exactly the same tokens.
/// Lists, calls and conditions that the author spread over several lines stay spread, one item a line.
/// </summary>
public sealed partial class Formatter
{
    private readonly LayoutWriter _writer = new();

    private Formatter()
    {
    }

    /// <summary>Formats a tree; null when the tree has syntax errors, which formatting must not guess around.</summary>
    public static string? Format(SyntaxTree tree)
    {
        if (Diagnostic.AnyError(tree.Diagnostics))
        {
            return null;
        }

        var formatter = new Formatter();
        formatter.WriteCompilationUnit(tree.Root);
        return formatter._writer.Finish();
    }

    private void WriteCompilationUnit(CompilationUnitSyntax unit)
    {
        var runbook = unit.Runbook;
        _writer.Token(runbook.RunbookKeyword);
        _writer.Space();
        WriteExpression(runbook.Name);
        _writer.Space();
        _writer.Token(runbook.OpenBrace);

        _writer.Indent++;
        WriteMembers(runbook.Members, MemberSpacing.Declarations);
        _writer.LeadingComments(runbook.CloseBrace);
        _writer.Indent--;

        _writer.NewLine();
        _writer.Token(runbook.CloseBrace);
        _writer.NewLine();
        _writer.Token(unit.EndOfFile);
    }

    /// <summary>
    /// Writes members one a line. Between declarations of different sorts, and around connections, steps and
    /// the plan block, there is always one blank line; between properties, params, requires or expects the
    /// author's choice is kept. Runs of properties on consecutive lines have their '=' aligned.
    /// </summary>
    private void WriteMembers(IReadOnlyList<MemberSyntax> members, MemberSpacing spacing)
    {
        var alignments = PropertyAlignment.Compute(members, IsSingleLineOnceFormatted);

        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var first = member.FirstToken()!;
            var blank = i > 0 && (spacing == MemberSpacing.Declarations && AlwaysSeparated(members[i - 1], member)
                || _writer.HadBlankLineBefore(first));
            _writer.NewLine(blank);
            WriteMember(member, alignments.GetValueOrDefault(member));
        }
    }

    // Whether a property stays on one line is decided by formatting its value alone: the layout rules, not
    // the line breaks the author happened to type, decide it, so alignment is the same on every pass.
    private static bool IsSingleLineOnceFormatted(PropertySyntax property)
    {
        if (new[] { property.Name, property.EqualsToken }.Any(token => HasComment(token.TrailingTrivia))
            || HasComment(property.EqualsToken.LeadingTrivia))
        {
            return false;
        }

        var formatter = new Formatter();
        formatter.WriteExpression(property.Value);
        return !formatter._writer.Finish().TrimEnd('\n').Contains('\n', StringComparison.Ordinal);
    }

    private static bool HasComment(IEnumerable<SyntaxTrivia> trivia)
        => trivia.Any(item => item.Kind == SyntaxKind.CommentTrivia);

    private static bool AlwaysSeparated(MemberSyntax previous, MemberSyntax current)
        => previous.Kind != current.Kind
            || current.Kind is SyntaxKind.ConnectionDeclarationSyntax or SyntaxKind.StepDeclarationSyntax
                or SyntaxKind.PlanBlockSyntax;

    private void WriteMember(MemberSyntax member, int padding)
    {
        switch (member)
        {
            case PropertySyntax property:
                _writer.Token(property.Name);
                _writer.Pad(padding);
                _writer.Space();
                _writer.Token(property.EqualsToken);
                _writer.Space();
                WriteExpression(property.Value);
                break;
            case ParamDeclarationSyntax param:
                WriteParam(param);
                break;
            case ConnectionDeclarationSyntax connection:
                WriteHeader(connection.ConnectionKeyword, connection.Name, connection.Colon, connection.KindName);
                _writer.Space();
                WriteBlock(connection.Body);
                break;
            case StepDeclarationSyntax step:
                WriteHeader(step.StepKeyword, step.Name, step.Colon, step.KindName);
                if (step.Title is not null)
                {
                    _writer.Space();
                    WriteExpression(step.Title);
                }

                _writer.Space();
                WriteBlock(step.Body);
                break;
            case RequireDeclarationSyntax require:
                WriteCondition(require.RequireKeyword, require.Condition, require.Because);
                break;
            case ExpectDeclarationSyntax expect:
                WriteCondition(expect.ExpectKeyword, expect.Condition, expect.Because);
                break;
            case PlanBlockSyntax plan:
                _writer.Token(plan.PlanKeyword);
                _writer.Space();
                WriteBraced(plan.OpenBrace, plan.Members, plan.CloseBrace);
                break;
            default:
                foreach (var token in member.DescendantTokens())
                {
                    _writer.Space();
                    _writer.Token(token);
                }

                break;
        }
    }

    private void WriteParam(ParamDeclarationSyntax param)
    {
        _writer.Token(param.ParamKeyword);
        _writer.Space();
        _writer.Token(param.Name);
        _writer.Token(param.Colon);
        _writer.Space();
        _writer.Token(param.Type.Name);
        if (param.Type.OpenBracket is not null)
        {
            _writer.Token(param.Type.OpenBracket);
            _writer.Token(param.Type.CloseBracket!);
        }

        if (param.Default is not null)
        {
            _writer.Space();
            _writer.Token(param.Default.EqualsToken);
            _writer.Space();
            WriteExpression(param.Default.Value);
        }
    }

    private void WriteHeader(SyntaxToken keyword, SyntaxToken name, SyntaxToken colon, KindNameSyntax kind)
    {
        _writer.Token(keyword);
        _writer.Space();
        _writer.Token(name);
        _writer.Token(colon);
        _writer.Space();
        foreach (var part in kind.Parts)
        {
            _writer.Token(part);
        }
    }

    private void WriteBlock(BlockSyntax block) => WriteBraced(block.OpenBrace, block.Members, block.CloseBrace);

    private void WriteBraced(SyntaxToken open, IReadOnlyList<MemberSyntax> members, SyntaxToken close)
    {
        _writer.Token(open);
        if (members.Count == 0 && !close.LeadingTrivia.Any(trivia => trivia.Kind == SyntaxKind.CommentTrivia))
        {
            _writer.Token(close);
            return;
        }

        _writer.Indent++;
        WriteMembers(members, MemberSpacing.Kept);
        _writer.LeadingComments(close);
        _writer.Indent--;
        _writer.NewLine();
        _writer.Token(close);
    }

    // 'because' stays on the condition's line or on a continuation line, as the author wrote it.
    private void WriteCondition(SyntaxToken keyword, ExpressionSyntax condition, BecauseClauseSyntax? because)
    {
        _writer.Token(keyword);
        _writer.Space();
        WriteExpression(condition);
        if (because is null)
        {
            return;
        }

        if (_writer.HadLineBreakBefore(because.BecauseKeyword))
        {
            _writer.Indent++;
            _writer.NewLine();
            _writer.Token(because.BecauseKeyword);
            _writer.Space();
            WriteExpression(because.Reason);
            _writer.Indent--;
            return;
        }

        _writer.Space();
        _writer.Token(because.BecauseKeyword);
        _writer.Space();
        WriteExpression(because.Reason);
    }
}
