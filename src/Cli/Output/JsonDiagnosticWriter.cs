using System.Text.Json;

namespace Runbook.Cli.Output;

/// <summary>Writes diagnostics as a JSON array, one object per diagnostic, for scripts.</summary>
internal static class JsonDiagnosticWriter
{
    public static void Write(Stream stream, IEnumerable<FileDiagnostics> files)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();

        foreach (var file in files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                var location = DiagnosticLocation.Of(diagnostic, file.Text);
                json.WriteStartObject();
                json.WriteString("code", diagnostic.Code);
                json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
                json.WriteString("message", diagnostic.Message);
                json.WriteString("path", file.Path);
                json.WriteNumber("startLine", location.StartLine);
                json.WriteNumber("startColumn", location.StartColumn);
                json.WriteNumber("endLine", location.EndLine);
                json.WriteNumber("endColumn", location.EndColumn);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }
}
