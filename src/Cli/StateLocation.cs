using Runbook.Engine.Execution.Journal;

namespace Runbook.Cli;

/// <summary>
/// Where runs are recorded: <c>--state PATH</c>, or <c>.runbook/state.db</c> beside the runbook. Commands that
/// have no runbook (runs, report, resume) look in <c>.runbook/state.db</c> of the current folder.
/// </summary>
internal static class StateLocation
{
    public static string Resolve(string? given, string? runbookPath)
        => given ?? (runbookPath is null
            ? Path.Combine(".runbook", SqliteRunJournal.DefaultFileName)
            : SqliteRunJournal.DefaultPathFor(runbookPath));

    /// <summary>Opens an existing state file; a missing one is a usage mistake that says where to look.</summary>
    public static SqliteRunJournal OpenExisting(string? given)
    {
        var path = Resolve(given, null);
        if (!File.Exists(path))
        {
            throw new UsageException(
                $"No run state at {path}. apply keeps it beside the runbook " +
                $"(for example runbooks/.runbook/state.db); give it with --state PATH.");
        }

        return SqliteRunJournal.Open(path);
    }

    /// <summary>
    /// The command that resumes a run, naming the state file when it is not where resume looks by default.
    /// </summary>
    public static string ResumeCommand(string statePath)
    {
        var standard = Path.GetFullPath(Resolve(null, null));
        return Path.GetFullPath(statePath) == standard
            ? "runbook apply --resume {0}"
            : $"runbook apply --resume {{0}} --state " +
                $"{Path.GetRelativePath(Directory.GetCurrentDirectory(), statePath).Replace('\\', '/')}";
    }
}
