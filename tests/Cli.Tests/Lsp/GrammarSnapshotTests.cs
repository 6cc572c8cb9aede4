using Runbook.Cli.Tests.TestSupport;

namespace Runbook.Cli.Tests.Lsp;

/// <summary>
/// Tokenizes the example runbooks, and a sample of every construct, with grammar/runbook.tmLanguage.json as
/// VS Code does (vscode-textmate and vscode-oniguruma, run by tests/Grammar/tokenize.js) and compares every
/// token's scopes with the committed snapshots in tests/Grammar/__snapshots__. A missing snapshot is written
/// (in strict mode the test fails instead, as Snapshooter's do); a different result goes to __mismatch__.
/// </summary>
public sealed class GrammarSnapshotTests
{
    private static readonly string GrammarTests = Path.Combine(RepositoryPaths.Root, "tests", "Grammar");
    private static readonly string Snapshots = Path.Combine(GrammarTests, "__snapshots__");
    private static readonly Lazy<string> Tokenized = new(TokenizeAll);

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in SourceFiles())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Scopes_match_the_snapshot(string file)
    {
        var actual = File.ReadAllText(Path.Combine(Tokenized.Value, file + ".scopes.txt"));
        var snapshot = Path.Combine(Snapshots, file + ".scopes.txt");

        if (!File.Exists(snapshot))
        {
            // As Snapshooter does: strict mode (CI) fails on a missing snapshot; otherwise it is written.
            Assert.False(Environment.GetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE") == "true",
                $"No snapshot for {file} at {snapshot}; run the tests without SNAPSHOOTER_STRICT_MODE to write it.");
            Directory.CreateDirectory(Snapshots);
            File.WriteAllText(snapshot, actual);
            return;
        }

        var expected = File.ReadAllText(snapshot).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var mismatch = Path.Combine(Snapshots, "__mismatch__", file + ".scopes.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(mismatch)!);
            File.WriteAllText(mismatch, actual);
        }

        Assert.Equal(expected.Split('\n'), actual.Split('\n'));
    }

    [Fact]
    public void Every_token_of_the_examples_has_a_scope_beyond_the_root()
    {
        foreach (var file in SourceFiles())
        {
            var lines = File.ReadAllLines(Path.Combine(Tokenized.Value, Path.GetFileName(file) + ".scopes.txt"));

            // A token that kept only the root scope is text the grammar does not recognise.
            Assert.All(lines, line => Assert.Matches("^\\d+:\\d+-\\d+ \".*\"( [a-z][a-z0-9.-]*)+$", line));
        }
    }

    private static IEnumerable<string> SourceFiles()
        => Directory.EnumerateFiles(RepositoryPaths.Runbooks, "*.runbook")
            .Concat(Directory.EnumerateFiles(Path.Combine(GrammarTests, "samples"), "*.runbook"))
            .Order(StringComparer.Ordinal);

    private static string TokenizeAll()
    {
        var folder = NodeTools.Install(GrammarTests, "tokenize.js");
        var output = Path.Combine(Path.GetTempPath(), "runbook-tests", "grammar-" + Guid.NewGuid().ToString("N"));
        NodeTools.Run(folder, "node",
        [
            "tokenize.js", "--grammar", Path.Combine(RepositoryPaths.Root, "grammar", "runbook.tmLanguage.json"),
            "--out", output, .. SourceFiles(),
        ]);
        return output;
    }
}
