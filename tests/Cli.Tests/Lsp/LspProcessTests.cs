using System.Diagnostics;
using Runbook.Cli.Tests.TestSupport;

namespace Runbook.Cli.Tests.Lsp;

/// <summary>
/// <c>runbook lsp</c> as an editor starts it: a child process spoken to over its standard input and output.
/// If anything but the protocol reached standard output, the client could not read the replies.
/// </summary>
public sealed class LspProcessTests
{
    [Fact]
    public async Task The_command_serves_lsp_on_stdio_with_the_plugins_given()
    {
        using var process = Start("lsp", "--stdio", "--verbose", "--plugin", TestPluginPath.Value);
        var stderr = process.StandardError.ReadToEndAsync();
        await using var client = LspClient.ForStreams(
            process.StandardInput.BaseStream, process.StandardOutput.BaseStream, ExitCodeAsync(process));
        await client.InitializeAsync();
        var uri = LspClient.Uri("plugin.runbook");

        const string Text = "runbook \"r\" {\n    step s: test.echo {\n        message = \"\"\n    }\n}\n";
        var published = await client.OpenAsync(uri, Text);
        var completion = await client.AtAsync("textDocument/completion", uri, 1, 12);
        var exitCode = await client.ShutdownAsync();

        var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("RB3901", diagnostic.GetProperty("code").GetString());
        Assert.Contains("test.echo", completion.GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("label").GetString()));
        Assert.Equal(0, exitCode);
        Assert.Contains("Language server listening", await stderr);
    }

    private static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "runbook.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
    }

    private static async Task<int> ExitCodeAsync(Process process)
    {
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
