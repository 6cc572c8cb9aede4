using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Runbook.Cli.Commands;
using Runbook.Engine.Execution.Journal;
using Runbook.Engine.Planning;
using Runbook.Engine.Reporting;

namespace Runbook.Cli;

/// <summary>
/// The <c>runbook</c> command line. Exit codes are those of <see cref="ExitCodes"/>; a mistake on the command
/// line is explained in one line and exits with 2, never with a stack trace.
/// </summary>
internal static class CliApplication
{
    public static int Run(string[] args, CliContext context)
    {
        var parsed = CreateRootCommand(args, context).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"runbook: {error.Message}");
            }

            context.Error.WriteLine($"Run 'runbook {CommandPath(parsed)}--help' for usage.");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };

        try
        {
            // Commands that run to the end without a safe point to stop at (check, fmt, show, ...) keep the
            // default Ctrl+C, which ends the process at once: asking them to stop would make the user press
            // it twice, and registering the handlers is a measurable part of their start-up.
            if (parsed.Action is SynchronousCommandLineAction)
            {
                return parsed.Invoke(configuration);
            }

            using var interruption = new Interruption(context.Error);
            return parsed.InvokeAsync(configuration, interruption.Token).GetAwaiter().GetResult();
        }
        catch (UsageException usage)
        {
            context.Error.WriteLine($"runbook: {usage.Message}");
            return ExitCodes.Usage;
        }
        catch (IOException io)
        {
            context.Error.WriteLine($"runbook: {io.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception problem) when (problem is JournalException or PlanFileException or ReportTemplateException)
        {
            // A state file, plan file or template the user pointed at is not what it should be: the message
            // says which and why; no stack trace for that.
            context.Error.WriteLine($"runbook: {problem.Message}");
            return ExitCodes.Failure;
        }
        catch (UnauthorizedAccessException denied)
        {
            context.Error.WriteLine($"runbook: {denied.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// The command tree for these arguments, built for what they ask. <c>runbook check</c> runs on every pull
    /// request, and System.CommandLine's own help and version options cost more at start-up than checking a
    /// runbook: their descriptions are its first resource lookups, which set up the whole resource machinery.
    /// So when the first argument names a command, the root holds that command alone, with the help option
    /// only if a help switch is among the arguments. Anything else (help or the version of the tool, a typo,
    /// a response file, a completion directive) gets the full tree, which lists and suggests every command.
    /// </summary>
    internal static Command CreateRootCommand(IReadOnlyList<string> args, CliContext context)
    {
        var invoked = args.Count > 0 ? Array.IndexOf(CommandNames, args[0]) : -1;
        if (invoked >= 0)
        {
            var root = new Command(RootCommand.ExecutableName, Description);
            if (args.Any(IsHelpSwitch))
            {
                root.Options.Add(new HelpOption());
            }

            root.Subcommands.Add(CommandFactories[invoked](context));
            return root;
        }

        var full = new RootCommand(Description);
        foreach (var create in CommandFactories)
        {
            full.Subcommands.Add(create(context));
        }

        return full;
    }

    // The spellings System.CommandLine's help option answers to.
    private static bool IsHelpSwitch(string argument) => argument is "-h" or "--help" or "-?" or "/h" or "/?";

    private const string Description =
        "Check, plan, approve and execute runbooks for risky multi-system admin procedures.";

    /// <summary>
    /// The name of the command each of <see cref="CommandFactories"/> makes, in the same order, so that the
    /// invoked command is found without building the others.
    /// </summary>
    internal static readonly string[] CommandNames =
    [
        "check", "fmt", "explain", "steps", "plan", "show", "approve", "apply", "runs", "report", "unlock",
        "emulator", "lsp",
    ];

    private static readonly Func<CliContext, Command>[] CommandFactories =
    [
        CheckCommand.Create,
        FmtCommand.Create,
        ExplainCommand.Create,
        StepsCommand.Create,
        PlanCommand.Create,
        ShowCommand.Create,
        ApproveCommand.Create,
        ApplyCommand.Create,
        RunsCommand.Create,
        ReportCommand.Create,
        UnlockCommand.Create,
        EmulatorCommand.Create,
        Lsp.LspCommand.Create,
    ];

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is { Parent: not null };
             result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }

        return names.Count == 0 ? string.Empty : string.Join(' ', names) + " ";
    }
}
