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
        var root = new RootCommand("Check, plan, approve and execute runbooks for risky multi-system admin procedures.")
        {
            CheckCommand.Create(context),
            FmtCommand.Create(context),
            ExplainCommand.Create(context),
            StepsCommand.Create(context),
            PlanCommand.Create(context),
            ShowCommand.Create(context),
            ApproveCommand.Create(context),
            ApplyCommand.Create(context),
            RunsCommand.Create(context),
            ReportCommand.Create(context),
            UnlockCommand.Create(context),
            EmulatorCommand.Create(context),
            Lsp.LspCommand.Create(context),
        };

        var parsed = root.Parse(args);
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
