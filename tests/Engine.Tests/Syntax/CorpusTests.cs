using Runbook.Engine.Binding;
using Runbook.Engine.Syntax;
using Runbook.Engine.Tests.TestSupport;
using Runbook.Engine.Text;
using Snapshooter;
using Snapshooter.Xunit;

namespace Runbook.Engine.Tests.Syntax;

/// <summary>
/// Every file under Corpus/ is parsed and bound; its tree and diagnostics are compared with a reviewed snapshot.
/// Add a case by dropping a .runbook file into Corpus/valid or Corpus/invalid.
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string> ValidFiles()
        => [.. RepositoryPaths.CorpusFiles("valid").Select(path => Path.GetFileName(path))];

    public static TheoryData<string> InvalidFiles()
        => [.. RepositoryPaths.CorpusFiles("invalid").Select(path => Path.GetFileName(path))];

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Valid_file_has_no_errors_and_matches_its_snapshot(string file)
    {
        var (text, compilation) = Compile("valid", file);

        Assert.DoesNotContain(compilation.Diagnostics, diagnostic => diagnostic.IsError);
        Snapshot.Match(Render(text, compilation), SnapshotNameExtension.Create(file));
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Invalid_file_reports_errors_and_matches_its_snapshot(string file)
    {
        var (text, compilation) = Compile("invalid", file);

        Assert.Contains(compilation.Diagnostics, diagnostic => diagnostic.IsError);
        Snapshot.Match(Render(text, compilation), SnapshotNameExtension.Create(file));
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    [MemberData(nameof(InvalidFiles))]
    public void Tree_reproduces_the_file_exactly(string file)
    {
        var folder = File.Exists(Path.Combine(RepositoryPaths.Corpus, "valid", file)) ? "valid" : "invalid";
        var (text, compilation) = Compile(folder, file);

        Assert.Equal(text.Text, compilation.SyntaxTree.Root.ToFullString());
    }

    private static (SourceText Text, RunbookCompilation Compilation) Compile(string folder, string file)
    {
        var path = Path.Combine(RepositoryPaths.Corpus, folder, file);
        var text = SourceText.From(File.ReadAllText(path), file);
        return (text, RunbookCompilation.Create(text));
    }

    private static CorpusSnapshot Render(SourceText text, RunbookCompilation compilation) => new(
        SyntaxRenderer.RenderDiagnostics(compilation.Diagnostics, text),
        SyntaxRenderer.RenderTree(compilation.SyntaxTree.Root));

    /// <summary>What a corpus snapshot holds: diagnostics first, as they are what a reviewer reads first.</summary>
    public sealed record CorpusSnapshot(string[] Diagnostics, string[] Tree);
}
