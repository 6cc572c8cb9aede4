using System.Text.Json;
using Runbook.Engine.Diagnostics;

namespace Runbook.Cli.Output;

/// <summary>
/// Writes diagnostics as a SARIF 2.1.0 log, which code-scanning tools load. Every catalogue entry that
/// occurs becomes a rule with its help text; regions use one-based lines and columns, end column exclusive.
/// </summary>
internal static class SarifWriter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(Stream stream, IReadOnlyCollection<FileDiagnostics> files, string toolVersion)
    {
        var rules = files
            .SelectMany(file => file.Diagnostics)
            .Select(diagnostic => diagnostic.Descriptor)
            .DistinctBy(descriptor => descriptor.Code)
            .OrderBy(descriptor => descriptor.Code, StringComparer.Ordinal)
            .ToList();
        var ruleIndex = rules
            .Select((rule, index) => (rule.Code, index))
            .ToDictionary(pair => pair.Code, pair => pair.index);

        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        WriteTool(json, rules, toolVersion);
        WriteArtifacts(json, files);
        WriteResults(json, files, ruleIndex);

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteTool(Utf8JsonWriter json, List<DiagnosticDescriptor> rules, string toolVersion)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "runbook");
        json.WriteString("version", toolVersion);
        json.WriteStartArray("rules");

        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteString("name", string.Concat(rule.Title.Split(' ').Select(Capitalize)));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Help);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", rule.Help);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifacts(Utf8JsonWriter json, IReadOnlyCollection<FileDiagnostics> files)
    {
        json.WriteStartArray("artifacts");
        foreach (var file in files)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", file.Path);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteResults(
        Utf8JsonWriter json,
        IReadOnlyCollection<FileDiagnostics> files,
        Dictionary<string, int> ruleIndex)
    {
        json.WriteStartArray("results");
        var artifactIndex = 0;

        foreach (var file in files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                var location = DiagnosticLocation.Of(diagnostic, file.Text);
                json.WriteStartObject();
                json.WriteString("ruleId", diagnostic.Code);
                json.WriteNumber("ruleIndex", ruleIndex[diagnostic.Code]);
                json.WriteString("level", Level(diagnostic.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", diagnostic.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", file.Path);
                json.WriteNumber("index", artifactIndex);
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", location.StartLine);
                json.WriteNumber("startColumn", location.StartColumn);
                json.WriteNumber("endLine", location.EndLine);
                json.WriteNumber("endColumn", location.EndColumn);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            artifactIndex++;
        }

        json.WriteEndArray();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string Capitalize(string word)
        => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
