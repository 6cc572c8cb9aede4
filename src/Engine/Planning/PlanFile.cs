using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Runbook.Engine.Planning;

/// <summary>Reads, writes and identifies plan files.</summary>
public static class PlanFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
    };

    /// <summary>The document as indented JSON, as the file holds it.</summary>
    public static string ToJson(PlanDocument document) => JsonSerializer.Serialize(document, Options) + "\n";

    /// <summary>The canonical JSON of the document: keys sorted, no whitespace, id and approvals left out.</summary>
    public static string Canonical(PlanDocument document)
    {
        var node = JsonSerializer.SerializeToNode(document, Options)!.AsObject();
        node.Remove("id");
        node.Remove("approvals");
        var builder = new StringBuilder();
        WriteCanonical(node, builder);
        return builder.ToString();
    }

    /// <summary>The id a document should have: <c>sha256:</c> and the digest of its canonical form.</summary>
    public static string ComputeId(PlanDocument document)
        => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(document))));

    /// <summary>The document with its id set.</summary>
    public static PlanDocument WithId(PlanDocument document) => document with { Id = ComputeId(document) };

    /// <summary>
    /// Writes the file, beside it first and then moved over it, so an interrupted write loses nothing.
    /// </summary>
    public static void Save(string path, PlanDocument document)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, ToJson(document));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a plan file; a file that is not one is a <see cref="PlanFileException"/> saying why.</summary>
    public static PlanDocument Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new PlanFileException(
                $"'{path}' does not exist; make a plan with 'runbook plan RUNBOOK --out {path}'.");
        }

        try
        {
            var node = JsonNode.Parse(File.ReadAllText(path));
            var version = node?["formatVersion"]?.GetValue<int>();
            if (version != PlanDocument.CurrentFormatVersion)
            {
                throw new PlanFileException(
                    $"'{path}' has plan format version " +
                    $"{version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}; " +
                    $"this tool reads version {PlanDocument.CurrentFormatVersion}. Make the plan again.");
            }

            return node.Deserialize<PlanDocument>(Options)
                ?? throw new PlanFileException($"'{path}' is empty.");
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            throw new PlanFileException($"'{path}' is not a readable plan file: {exception.Message}", exception);
        }
    }

    private static void WriteCanonical(JsonNode? node, StringBuilder builder)
    {
        switch (node)
        {
            case JsonObject obj:
                builder.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    builder.Append(first ? string.Empty : ",");
                    builder.Append(JsonSerializer.Serialize(key)).Append(':');
                    WriteCanonical(value, builder);
                    first = false;
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ",");
                    WriteCanonical(array[i], builder);
                }

                builder.Append(']');
                break;
            case null:
                builder.Append("null");
                break;
            default:
                builder.Append(node.ToJsonString());
                break;
        }
    }
}
