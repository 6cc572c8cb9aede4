using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Runbook.Cli.Tests.TestSupport;

/// <summary>
/// The official SARIF 2.1.0 JSON schema (rtm.5). It is not committed: it is taken from the npm package
/// @microsoft/jest-sarif, which ships it, and cached in the temporary folder. Set RUNBOOK_SARIF_SCHEMA to a
/// copy of the schema to avoid the download.
/// </summary>
internal static class SarifSchema
{
    private const string Package = "@microsoft/jest-sarif@1.0.0-beta.0";
    private const string EntryInPackage = "package/lib/schemas/sarif-2.1.0-rtm.5.json";

    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static JsonSchema Instance => Schema.Value;

    // The schema is written for JSON Schema draft-04, which JsonSchema.Net does not implement. The keywords it
    // uses mean the same in draft-07 except the root's "id" (draft-07 spells it "$id"); it only names the
    // document, whose references are all local ("#/definitions/..."), so it is dropped. Nothing that
    // validates is changed.
    private static JsonSchema Load()
    {
        var path = Environment.GetEnvironmentVariable("RUNBOOK_SARIF_SCHEMA") ?? CachedCopy();
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        root.Remove("id");
        return JsonSchema.FromText(root.ToJsonString());
    }

    private static string CachedCopy()
    {
        var cache = Path.Combine(Path.GetTempPath(), "runbook-test-cache");
        var schema = Path.Combine(cache, "sarif-2.1.0-rtm.5.json");
        if (File.Exists(schema))
        {
            return schema;
        }

        Directory.CreateDirectory(cache);
        var npm = Process.Start(new ProcessStartInfo("npm", ["pack", Package, "--pack-destination", cache])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("npm could not be started; it is needed to fetch the SARIF schema.");
        var output = npm.StandardOutput.ReadToEnd();
        var error = npm.StandardError.ReadToEnd();
        npm.WaitForExit();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'npm pack {Package}' failed ({npm.ExitCode}); " +
                $"the SARIF schema is needed to validate output. {error}");
        }

        var archive = Path.Combine(cache, output.Trim().Split('\n')[^1].Trim());
        using var gzip = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.Name == EntryInPackage)
            {
                entry.ExtractToFile(schema + ".tmp", overwrite: true);
                File.Move(schema + ".tmp", schema, overwrite: true);
                return schema;
            }
        }

        throw new InvalidOperationException($"{Package} no longer holds {EntryInPackage}.");
    }
}
