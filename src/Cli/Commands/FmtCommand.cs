using System.CommandLine;
using Runbook.Engine.Formatting;
using Runbook.Engine.Syntax;
using Runbook.Engine.Text;

namespace Runbook.Cli.Commands;

/// <summary>
/// <c>runbook fmt PATH...</c>: rewrites runbooks into the canonical layout. With <c>--check</c> nothing is
/// written; files that would change are listed and the exit code is 1. Files with syntax errors are never
/// touched: formatting them would mean guessing what was meant.
/// </summary>
internal static class FmtCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Runbook files, or folders to search for *.runbook files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing; list the files that are not formatted and exit with 1 if there are any.",
        };

        var command = new Command("fmt", "Rewrite runbooks into the canonical layout.") { paths, check };
        command.SetAction(result => Run(context, result.GetRequiredValue(paths), result.GetValue(check)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, bool checkOnly)
    {
        var unformatted = 0;
        var failed = 0;

        foreach (var path in RunbookFiles.Discover(paths))
        {
            var original = File.ReadAllText(path);
            var formatted = Formatter.Format(SyntaxTree.Parse(SourceText.From(original, path)));
            if (formatted is null)
            {
                context.Error.WriteLine(
                    $"{path}: not formatted because it has syntax errors; run 'runbook check {path}' to see them.");
                failed++;
                continue;
            }

            if (formatted == original)
            {
                continue;
            }

            unformatted++;
            if (checkOnly)
            {
                context.Out.WriteLine(path);
            }
            else
            {
                WriteAtomically(path, formatted);
                context.Out.WriteLine($"formatted {path}");
            }
        }

        return failed > 0 || checkOnly && unformatted > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    // Written beside the file and moved over it, so an interrupted fmt never leaves half a runbook.
    private static void WriteAtomically(string path, string text)
    {
        var temporary = path + ".fmt-tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
