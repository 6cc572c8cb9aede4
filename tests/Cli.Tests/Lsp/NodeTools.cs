using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;

namespace Runbook.Cli.Tests.Lsp;

/// <summary>
/// Runs node and npm for the grammar and extension tests. Their packages are installed outside the repository
/// (the repository never holds a node_modules folder): in a folder under the system's temporary directory
/// named after the hash of the committed package-lock.json, so a changed lock gets a fresh install.
/// </summary>
internal static class NodeTools
{
    // Only a guard against a hung install: the tests do not depend on how long anything takes.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static string Cache => Path.Combine(Path.GetTempPath(), "runbook-test-cache");

    /// <summary>
    /// A folder holding <paramref name="packageFolder"/>'s package.json and lock with its packages installed by
    /// <c>npm ci</c>, plus <paramref name="extraFiles"/> copied fresh.
    /// </summary>
    public static string Install(string packageFolder, params string[] extraFiles)
    {
        var lockFile = Path.Combine(packageFolder, "package-lock.json");
        var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(lockFile)))[..16].ToLowerInvariant();
        var installed = Path.Combine(Cache, $"{Path.GetFileName(packageFolder).ToLowerInvariant()}-{hash}");

        if (!Directory.Exists(Path.Combine(installed, "node_modules")))
        {
            // Installed beside and moved into place, so a run that is interrupted never leaves half an install.
            var staging = installed + "-" + Guid.NewGuid().ToString("N");
            Directory.CreateDirectory(staging);
            File.Copy(Path.Combine(packageFolder, "package.json"), Path.Combine(staging, "package.json"));
            File.Copy(lockFile, Path.Combine(staging, "package-lock.json"));
            try
            {
                var npmCache = Path.Combine(Cache, "npm");
                Run(staging, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--cache", npmCache);
                Directory.Move(staging, installed);
            }
            catch (IOException) when (Directory.Exists(Path.Combine(installed, "node_modules")))
            {
                // Another test run installed the same lock first; its copy is as good as this one.
            }
            finally
            {
                if (Directory.Exists(staging))
                {
                    Directory.Delete(staging, recursive: true);
                }
            }
        }

        foreach (var file in extraFiles)
        {
            File.Copy(Path.Combine(packageFolder, file), Path.Combine(installed, file), overwrite: true);
        }

        return installed;
    }

    /// <summary>Runs a program and returns its standard output; fails the test, saying why, if it cannot.</summary>
    public static string Run(string workingDirectory, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception($"{program} did not start.");
        }
        catch (Win32Exception exception)
        {
            Assert.Fail($"'{program}' could not be started ({exception.Message}). The grammar and VS Code extension "
                + "tests need Node.js and npm on PATH (on Debian: apt-get install nodejs npm).");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Patience))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"'{program} {string.Join(' ', arguments)}' did not finish within {Patience}.");
            }

            Assert.True(process.ExitCode == 0,
                $"'{program} {string.Join(' ', arguments)}' failed with exit code {process.ExitCode}: {error.Result}");
            return output.Result;
        }
    }
}
