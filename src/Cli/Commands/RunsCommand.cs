using System.CommandLine;
using Runbook.Engine.Execution.Journal;

namespace Runbook.Cli.Commands;

/// <summary><c>runbook runs</c>: the recorded runs, newest first.</summary>
internal static class RunsCommand
{
    public static Command Create(CliContext context)
    {
        var state = StateOption.Create();
        var format = CommonOptions.Format(
            "text, or json: [{\"id\", \"status\", \"runbook\", \"started\"}].",
            "text",
            "json");
        var command = new Command("runs", "List the recorded runs, newest first.") { state, format };
        command.SetAction(async (result, token) =>
        {
            using var journal = StateLocation.OpenExisting(result.GetValue(state));
            var runs = await journal.ListRunsAsync(token);
            if (result.GetValue(format) == "json")
            {
                context.Out.WriteLine(RunListJson.Write(runs));
                return ExitCodes.Success;
            }

            foreach (var run in runs)
            {
                context.Out.WriteLine($"{run.Id}  {JournalText.Of(run.Status),-22} {run.Started:u}  {run.Runbook}");
            }

            if (runs.Count == 0)
            {
                context.Out.WriteLine("No runs yet.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
