namespace Runbook.Cli.Tests.TestSupport;

/// <summary>Where the build put the test plugin assembly, in the same configuration as these tests.</summary>
internal static class TestPluginPath
{
    public static string Value { get; } = Find();

    private static string Find()
    {
        // The tests run from tests/Cli.Tests/bin/CONFIGURATION/TFM/; the plugin builds to the same place under its
        // own project.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var path = Path.Combine(
            RepositoryPaths.Root,
            "tests",
            "TestPlugin",
            "bin",
            configuration,
            framework,
            "Runbook.TestPlugin.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("The test plugin was not built.", path);
    }
}
