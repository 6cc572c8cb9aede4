using System.Text;
using Runbook.Engine.Diagnostics;

namespace Runbook.Cli.Output;

/// <summary>
/// Writes diagnostics the way compilers do, so editors and CI logs link them to the source:
/// <c>path(line,col): error RB1002: message</c>, then the source line with a caret under the span.
/// </summary>
internal static class TextDiagnosticWriter
{
    private const int MaxShownLine = 160;

    public static void Write(TextWriter writer, IEnumerable<FileDiagnostics> files)
    {
        foreach (var file in files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                var location = DiagnosticLocation.Of(diagnostic, file.Text);
                var severity = diagnostic.Severity.ToString().ToLowerInvariant();
                writer.WriteLine(
                    $"{file.Path}({location.StartLine},{location.StartColumn}): " +
                    $"{severity} {diagnostic.Code}: {diagnostic.Message}");
                WriteSourceLine(writer, file, location);
            }
        }
    }

    private static void WriteSourceLine(TextWriter writer, FileDiagnostics file, DiagnosticLocation location)
    {
        var line = file.Text.GetLineText(location.StartLine - 1);
        var start = location.StartColumn - 1;
        var end = location.EndLine == location.StartLine ? location.EndColumn - 1 : line.Length;

        // A very long line is shown as a window around the caret, so one line cannot flood the terminal.
        if (line.Length > MaxShownLine)
        {
            var windowStart = Math.Max(0, Math.Min(start - MaxShownLine / 3, line.Length - MaxShownLine));
            line = line.Substring(windowStart, MaxShownLine);
            start -= windowStart;
            end = Math.Min(end - windowStart, line.Length);
        }

        var shown = Printable(line);

        // Tabs in the source are repeated in the caret line so the caret lands under the right character.
        var caret = new StringBuilder("    ");
        for (var i = 0; i < start && i < line.Length; i++)
        {
            caret.Append(line[i] == '\t' ? '\t' : ' ');
        }

        caret.Append('^');
        caret.Append('~', Math.Max(0, Math.Min(end, line.Length) - start - 1));
        writer.WriteLine("    " + shown);
        writer.WriteLine(caret.ToString());
    }

    // Control characters would garble a terminal; they are shown as '?' one for one, keeping columns aligned.
    private static string Printable(string line)
        => string.Create(line.Length, line, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) && source[i] != '\t' ? '?' : source[i];
            }
        });

    /// <summary>Writes a one-line count such as "2 errors, 1 warning in 3 files".</summary>
    public static void WriteSummary(TextWriter writer, IReadOnlyCollection<FileDiagnostics> files)
    {
        var errors = 0;
        var warnings = 0;
        foreach (var file in files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                errors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
                warnings += diagnostic.Severity == DiagnosticSeverity.Warning ? 1 : 0;
            }
        }

        writer.WriteLine($"{Plural(errors, "error")}, {Plural(warnings, "warning")} in {Plural(files.Count, "file")}.");
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
