using System.CommandLine;
using Runbook.Cli.Commands;

namespace Runbook.Cli.Lsp;

/// <summary>
/// <c>runbook lsp</c>: the language server for editors, speaking LSP on standard input and output. It checks
/// open runbooks as they are typed with the same catalogue as <c>runbook check</c> (built-in plugins and those
/// given with <c>--plugin</c>) and offers hover, completion, navigation, outline and formatting.
/// </summary>
internal static class LspCommand
{
    public static Command Create(CliContext context)
    {
        var plugins = CommonOptions.Plugins();
        var stdio = new Option<bool>("--stdio")
        {
            Description = "Talk over standard input and output: the only transport, accepted because editors pass it.",
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Log each check with its timing to standard error.",
        };

        var command = new Command("lsp", "Run the language server for editors (LSP over standard input and output).")
        {
            plugins,
            stdio,
            verbose,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            context, PluginSetup.Create(result.GetValue(plugins)), result.GetValue(verbose), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context,
        Engine.Plugins.PluginRegistry plugins,
        bool verbose,
        CancellationToken cancellationToken)
    {
        // Standard output belongs to the protocol: anything else written there, by a plugin say, would corrupt
        // it, so the console's writer goes to standard error for the life of the server.
        var console = Console.Out;
        Console.SetOut(context.Error);
        try
        {
            using var loggerFactory = Logging.Create("text", verbose);
            using var input = Console.OpenStandardInput();
            return await LanguageServer.RunAsync(input, context.OutStream, plugins, loggerFactory, cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            Console.SetOut(console);
        }
    }
}
