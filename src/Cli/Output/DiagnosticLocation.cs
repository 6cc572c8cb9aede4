using Runbook.Engine.Diagnostics;
using Runbook.Engine.Text;

namespace Runbook.Cli.Output;

/// <summary>A diagnostic's span as one-based lines and columns; the end column is just past the span.</summary>
internal readonly record struct DiagnosticLocation(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static DiagnosticLocation Of(Diagnostic diagnostic, SourceText text)
    {
        var start = text.GetLinePosition(diagnostic.Span.Start);
        var end = text.GetLinePosition(diagnostic.Span.End);
        return new DiagnosticLocation(start.DisplayLine, start.DisplayColumn, end.DisplayLine, end.DisplayColumn);
    }
}
