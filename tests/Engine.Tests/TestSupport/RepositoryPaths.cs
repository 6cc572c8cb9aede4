namespace Runbook.Engine.Tests.TestSupport;

/// <summary>Finds files of the repository from wherever the tests run.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "tests", "Engine.Tests", "Corpus");

    public static string Runbooks => Path.Combine(Root, "runbooks");

    public static string Grammar => Path.Combine(Root, "grammar", "runbook.ebnf");

    public static IEnumerable<string> CorpusFiles(string folder)
        => Directory.EnumerateFiles(Path.Combine(Corpus, folder), "*.runbook").Order(StringComparer.Ordinal);

    public static IEnumerable<string> ExampleRunbooks()
        => Directory.EnumerateFiles(Runbooks, "*.runbook", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory);
            directory is not null;
            directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Runbook.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            "The tests must run inside the repository: Runbook.sln was not found above them.");
    }
}
