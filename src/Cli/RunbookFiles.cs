namespace Runbook.Cli;

/// <summary>Finds the runbook files named on a command line: files as given, folders searched recursively.</summary>
internal static class RunbookFiles
{
    public const string Extension = ".runbook";

    /// <summary>
    /// The files, in a stable order, each with the path to show for it. A path that does not exist, or a
    /// folder without runbooks, is a usage mistake.
    /// </summary>
    public static IReadOnlyList<string> Discover(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Normalize(path));
            }
            else if (Directory.Exists(path))
            {
                var found = Directory
                    .EnumerateFiles(path, "*" + Extension, SearchOption.AllDirectories)
                    .Select(Normalize)
                    .Where(file => !IsUnderHiddenFolder(file, path))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    throw new UsageException($"'{path}' holds no {Extension} files.");
                }

                files.AddRange(found);
            }
            else
            {
                throw new UsageException($"'{path}' does not exist; give the path of a {Extension} file or a folder.");
            }
        }

        // A file named twice, or found through two folders, is checked once. A loop rather than Distinct: the
        // usual call names one file, and LINQ's iterators are types loaded at every start.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<string>(files.Count);
        foreach (var file in files)
        {
            if (seen.Add(file))
            {
                distinct.Add(file);
            }
        }

        return distinct;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    // State folders such as .runbook/ and .git/ never hold runbooks to check.
    private static bool IsUnderHiddenFolder(string file, string root)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        return relative.Split('/').SkipLast(1).Any(part => part.StartsWith('.'));
    }
}
