using System.CommandLine;

namespace Runbook.Cli.Commands;

/// <summary>The <c>--state PATH</c> option of the commands that read or write runs.</summary>
internal static class StateOption
{
    public static Option<string?> Create() => new("--state")
    {
        Description = "The run state database (default: .runbook/state.db beside the runbook, " +
            "or in the current folder).",
    };
}
