using System.CommandLine;
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

        try
        {
            using var interruption = new Interruption(context.Error);
            return parsed.InvokeAsync(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            }, interruption.Token).GetAwaiter().GetResult();
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
    /// The command tree for these arguments. Building every command's options costs more at start-up than
    /// checking a small runbook (each option is a generic type the runtime loads), so when the first argument
    /// names a command, the tree holds that command alone; anything else (help, a typo, a response file) gets
    /// the whole tree, which lists and suggests every command.
    /// </summary>
    internal static RootCommand CreateRootCommand(IReadOnlyList<string> args, CliContext context)
    {
        var root = new RootCommand(Description);
        var invoked = args.Count > 0 ? Array.FindIndex(CommandNames, name => name == args[0]) : -1;
        if (invoked >= 0)
        {
            root.Subcommands.Add(CommandFactories[invoked](context));
            return root;
        }

        foreach (var create in CommandFactories)
        {
            root.Subcommands.Add(create(context));
        }

        return root;
    }

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
        for (var result = parsed.CommandResult; result?.Command is { } command && command is not RootCommand;
             result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, command.Name);
        }

        return names.Count == 0 ? string.Empty : string.Join(' ', names) + " ";
    }
}
