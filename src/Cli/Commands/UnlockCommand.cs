using System.CommandLine;

namespace Runbook.Cli.Commands;

/// <summary>
/// <c>runbook unlock RUN_ID</c>: releases the targets a stopped or failed run still holds, so another run may
/// start. A run whose process is still alive keeps its lock unless <c>--force</c> is given.
/// </summary>
internal static class UnlockCommand
{
    public static Command Create(CliContext context)
    {
        var runId = new Argument<string>("run") { Description = "The run whose locks to release." };
        var state = StateOption.Create();
        var force = new Option<bool>("--force")
        {
            Description = "Release even when the process holding the lock still runs.",
        };
        var command = new Command("unlock", "Release the target locks a run holds.") { runId, state, force };
        command.SetAction(async (result, token) =>
        {
            using var journal = StateLocation.OpenExisting(result.GetValue(state));
            var released = await journal.ReleaseLocksAsync(
                result.GetRequiredValue(runId),
                result.GetValue(force),
                token);
            context.Out.WriteLine(released == 0
                ? $"Run {result.GetRequiredValue(runId)} holds no lock that can be released" +
                    $"{(result.GetValue(force) ? "" : " (its process may still run: --force releases it anyway)")}."
                : $"Released {released} lock(s) of run {result.GetRequiredValue(runId)}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
