using System.Text;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Syntax;
using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.TestSupport;

/// <summary>
/// Renders trees and diagnostics as short readable lines for snapshots: one node or token a line, indented by
/// depth, tokens with their text and span; diagnostics as <c>code severity (line,col)-(line,col) message</c>.
/// </summary>
internal static class SyntaxRenderer
{
    public static string[] RenderTree(SyntaxNode root)
    {
        var lines = new List<string>();
        var stack = new Stack<(SyntaxElement Element, int Depth)>();
        stack.Push((root, 0));

        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            var indent = new string(' ', depth * 2);
            switch (element)
            {
                case SyntaxToken token:
                    var missing = token.IsMissing ? " (missing)" : string.Empty;
                    lines.Add($"{indent}{token.Kind} {Quote(token.Text)} {token.Span}{missing}");
                    break;
                case SyntaxNode node:
                    lines.Add($"{indent}{node.Kind} {node.Span}");
                    foreach (var child in node.Children.Reverse())
                    {
                        stack.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return [.. lines];
    }

    public static string[] RenderDiagnostics(IEnumerable<Diagnostic> diagnostics, SourceText text)
        => [.. diagnostics.Select(diagnostic => Render(diagnostic, text))];

    public static string Render(Diagnostic diagnostic, SourceText text)
    {
        var start = text.GetLinePosition(diagnostic.Span.Start);
        var end = text.GetLinePosition(diagnostic.Span.End);
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        return $"{diagnostic.Code} {severity} " +
            $"({start.DisplayLine},{start.DisplayColumn})-({end.DisplayLine},{end.DisplayColumn}) " +
            $"{diagnostic.Message}";
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text.Length > 60 ? text[..57] + "..." : text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
