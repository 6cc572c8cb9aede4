using System.CommandLine;
using Runbook.Cli.Output;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Engine.Text;

namespace Runbook.Cli.Commands;

/// <summary>
/// <c>runbook check PATH...</c>: reports every problem of every runbook, without connecting anywhere.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Runbook files, or folders to search for *.runbook files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "How to print diagnostics: text (compiler style), json, sarif (SARIF 2.1.0), " +
                "or github (workflow annotations).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var strict = new Option<bool>("--strict")
        {
            Description = "Kept for scripts: unknown step kinds, connection kinds and functions are always errors now.",
        };
        var plugins = CommonOptions.Plugins();

        var command = new Command("check", "Check runbooks for mistakes, like a compiler; nothing is connected to.")
        {
            paths,
            format,
            strict,
            plugins,
        };
        command.SetAction(result => Run(
            context,
            result.GetRequiredValue(paths),
            result.GetRequiredValue(format),
            PluginSetup.Create(result.GetValue(plugins))));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string format, PluginRegistry plugins)
    {
        // Loops rather than LINQ here and below: each LINQ iterator over our own types is a handful of types
        // the runtime loads at start-up, and this is the path of every runbook check in CI.
        var files = new List<FileDiagnostics>();
        foreach (var path in RunbookFiles.Discover(paths))
        {
            files.Add(Check(path, plugins));
        }

        switch (format)
        {
            case "json":
                JsonDiagnosticWriter.Write(context.OutStream, files);
                break;
            case "sarif":
                SarifWriter.Write(context.OutStream, files, ToolVersion.Current);
                break;
            case "github":
                GitHubDiagnosticWriter.Write(context.Out, files);
                break;
            default:
                TextDiagnosticWriter.Write(context.Out, files);
                TextDiagnosticWriter.WriteSummary(context.Out, files);
                break;
        }

        foreach (var file in files)
        {
            if (file.HasErrors)
            {
                return ExitCodes.Failure;
            }
        }

        return ExitCodes.Success;
    }

    private static FileDiagnostics Check(string path, PluginRegistry plugins)
    {
        var text = SourceText.From(File.ReadAllText(path), path);
        var compilation = RunbookCompilation.Create(text, plugins);
        return new FileDiagnostics(path, text, compilation.Diagnostics);
    }
}
