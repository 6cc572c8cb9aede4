using Runbook.Engine.Diagnostics;

namespace Runbook.Cli.Output;

/// <summary>
/// Writes diagnostics as GitHub Actions workflow commands, which the pull request shows as annotations on the
/// lines they point at: <c>::error file=...,line=...,col=...::RB2001 message</c>.
/// </summary>
internal static class GitHubDiagnosticWriter
{
    public static void Write(TextWriter writer, IEnumerable<FileDiagnostics> files)
    {
        foreach (var file in files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                var location = DiagnosticLocation.Of(diagnostic, file.Text);
                var command = diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "notice",
                };
                writer.WriteLine(
                    $"::{command} file={Property(file.Path)},line={location.StartLine},col={location.StartColumn}," +
                    $"endLine={location.EndLine},endColumn={location.EndColumn},title={Property(diagnostic.Code)}::" +
                    $"{Data($"{diagnostic.Code} {diagnostic.Message}")}");
            }
        }
    }

    // Workflow commands reserve '%', line breaks, and in properties ':' and ','.
    private static string Data(string text)
        => text
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text)
        => Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
