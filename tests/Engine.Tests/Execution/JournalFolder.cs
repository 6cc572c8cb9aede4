using Runbook.Engine.Execution.Journal;

namespace Runbook.Engine.Tests.Execution;

/// <summary>A folder of its own for one test's state file; the journals it opened are closed before it goes.</summary>
internal sealed class JournalFolder : IDisposable
{
    private readonly List<SqliteRunJournal> _opened = [];

    public JournalFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "runbook-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string StateFile => System.IO.Path.Combine(Path, ".runbook", SqliteRunJournal.DefaultFileName);

    public SqliteRunJournal Open(TimeProvider? time = null) => Track(SqliteRunJournal.Open(StateFile, time));

    public SqliteRunJournal Open(IReadOnlyList<string> migrations) => Track(SqliteRunJournal.Open(StateFile,
        migrations));

    public void Dispose()
    {
        foreach (var journal in _opened)
        {
            journal.Dispose();
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; failing the test for it would not be.
        }
    }

    private SqliteRunJournal Track(SqliteRunJournal journal)
    {
        _opened.Add(journal);
        return journal;
    }
}
