using System.Text.Json;
using Runbook.Cli.Tests.TestSupport;

namespace Runbook.Cli.Tests.Lsp;

/// <summary>
/// The VS Code extension under editors/vscode is not built or installed here; these tests check that its
/// manifest is valid and wires the language to the grammar and to <c>runbook lsp</c>.
/// </summary>
public sealed class VsCodeExtensionTests
{
    private static readonly string Extension = Path.Combine(RepositoryPaths.Root, "editors", "vscode");

    private static JsonElement Manifest() => ReadJson(Path.Combine(Extension, "package.json"));

    [Fact]
    public void The_manifest_contributes_the_runbook_language_for_runbook_files()
    {
        var language = Assert.Single(Manifest().GetProperty("contributes").GetProperty("languages").EnumerateArray());

        Assert.Equal("runbook", language.GetProperty("id").GetString());
        var extensions = language.GetProperty("extensions").EnumerateArray().Select(item => item.GetString());
        Assert.Equal([".runbook"], extensions);
        var configuration = ReadJson(Path.Combine(Extension, language.GetProperty("configuration").GetString()!));
        Assert.Equal("#", configuration.GetProperty("comments").GetProperty("lineComment").GetString());
    }

    [Fact]
    public void The_manifest_points_at_a_copy_of_the_grammar_that_matches_the_normative_one()
    {
        var grammar = Assert.Single(Manifest().GetProperty("contributes").GetProperty("grammars").EnumerateArray());

        Assert.Equal("runbook", grammar.GetProperty("language").GetString());
        Assert.Equal("source.runbook", grammar.GetProperty("scopeName").GetString());
        var copy = Path.Combine(Extension, grammar.GetProperty("path").GetString()!);
        var normative = Path.Combine(RepositoryPaths.Root, "grammar", "runbook.tmLanguage.json");
        Assert.True(File.ReadAllText(normative) == File.ReadAllText(copy),
            $"{copy} differs from {normative}; copy the grammar over it (the extension's prepublish script does).");
        Assert.Equal("source.runbook", ReadJson(normative).GetProperty("scopeName").GetString());
    }

    [Fact]
    public void The_extension_starts_the_server_command_with_lsp()
    {
        var manifest = Manifest();
        var main = Path.Combine(Extension, manifest.GetProperty("main").GetString()!);
        var source = File.ReadAllText(main);

        var command = manifest.GetProperty("contributes").GetProperty("configuration").GetProperty("properties")
            .GetProperty("runbook.server.command");
        Assert.Equal("runbook", command.GetProperty("default").GetString());
        Assert.Contains("getConfiguration('runbook.server')", source);
        Assert.Contains("settings.get('command', 'runbook')", source);
        Assert.Contains("['lsp', ", source);
        Assert.Contains("require('vscode-languageclient/node')", source);
        Assert.True(manifest.GetProperty("dependencies").TryGetProperty("vscode-languageclient", out _));
        Assert.Equal(["onLanguage:runbook"],
            manifest.GetProperty("activationEvents").EnumerateArray().Select(item => item.GetString()));
    }

    [Fact]
    public void The_extension_script_is_valid_javascript()
    {
        NodeTools.Run(Extension, "node", "--check", "extension.js");
    }

    private static JsonElement ReadJson(string path)
    {
        Assert.True(File.Exists(path), $"{path} does not exist.");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement;
    }
}
