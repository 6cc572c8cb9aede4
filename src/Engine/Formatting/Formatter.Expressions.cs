using Runbook.Engine.Syntax;

namespace Runbook.Engine.Formatting;

// Expressions: single spaces around binary operators, none inside brackets, and multi-line lists and calls
// kept multi-line with one item a line.
public sealed partial class Formatter
{
    private void WriteExpression(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case BinaryExpressionSyntax binary:
                WriteBinary(binary);
                break;
            case UnaryExpressionSyntax unary:
                _writer.Token(unary.OperatorToken);
                _writer.Space();
                WriteExpression(unary.Operand);
                break;
            case MemberAccessExpressionSyntax access:
                WriteExpression(access.Target);
                _writer.Token(access.Dot);
                _writer.Token(access.Name);
                break;
            case CallExpressionSyntax call:
                WriteExpression(call.Target);
                var arguments = call.Arguments.Select(argument => (argument.Expression, argument.Comma)).ToList();
                WriteItems(call.OpenParen, arguments, call.CloseParen);
                break;
            case ListExpressionSyntax list:
                var items = list.Items.Select(item => (item.Expression, item.Comma)).ToList();
                WriteItems(list.OpenBracket, items, list.CloseBracket);
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                _writer.Token(parenthesized.OpenParen);
                WriteExpression(parenthesized.Expression);
                _writer.Token(parenthesized.CloseParen);
                break;
            case StringExpressionSyntax text:
                WriteString(text);
                break;
            default:
                foreach (var token in expression.DescendantTokens())
                {
                    _writer.Token(token);
                }

                break;
        }
    }

    // A condition the author broke before an operator stays broken there, on a continuation line.
    private void WriteBinary(BinaryExpressionSyntax binary)
    {
        WriteExpression(binary.Left);
        if (_writer.HadLineBreakBefore(binary.OperatorToken))
        {
            _writer.Indent++;
            _writer.NewLine();
            _writer.Token(binary.OperatorToken);
            _writer.Space();
            WriteExpression(binary.Right);
            _writer.Indent--;
            return;
        }

        _writer.Space();
        _writer.Token(binary.OperatorToken);
        _writer.Space();
        WriteExpression(binary.Right);
    }

    private void WriteItems(
        SyntaxToken open,
        List<(ExpressionSyntax Expression, SyntaxToken? Comma)> items,
        SyntaxToken close)
    {
        var multiLine = IsMultiLine(open, items, close);
        _writer.Token(open);
        if (multiLine)
        {
            _writer.Indent++;
        }

        foreach (var (expression, comma) in items)
        {
            if (multiLine)
            {
                _writer.NewLine(_writer.HadBlankLineBefore(expression.FirstToken()!));
            }

            WriteExpression(expression);
            if (comma is not null)
            {
                _writer.Token(comma);
                if (!multiLine)
                {
                    _writer.Space();
                }
            }
        }

        if (multiLine)
        {
            _writer.Indent--;
            _writer.NewLine();
        }

        _writer.Token(close);
    }

    // The text inside a string or text block is the value; it is written exactly as it was. Interpolated
    // expressions are formatted like any other.
    private void WriteString(StringExpressionSyntax text)
    {
        for (var i = 0; i < text.Segments.Length; i++)
        {
            _writer.Token(text.Segments[i]);
            if (i < text.Interpolations.Length)
            {
                WriteExpression(text.Interpolations[i]);
            }
        }
    }

    private static bool IsMultiLine(
        SyntaxToken open,
        List<(ExpressionSyntax Expression, SyntaxToken? Comma)> items,
        SyntaxToken close)
    {
        if (items.Count == 0)
        {
            return false;
        }

        var tokens = new List<SyntaxToken> { open };
        foreach (var (expression, comma) in items)
        {
            tokens.AddRange(expression.DescendantTokens());
            if (comma is not null)
            {
                tokens.Add(comma);
            }
        }

        return tokens.Any(token => token.TrailingTrivia.Any(trivia => trivia.Kind == SyntaxKind.EndOfLineTrivia))
            || close.LeadingTrivia.Any(trivia => trivia.Kind == SyntaxKind.EndOfLineTrivia);
    }
}
