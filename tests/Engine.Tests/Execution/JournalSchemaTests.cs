using Microsoft.Data.Sqlite;
using Runbook.Engine.Execution;
using Runbook.Engine.Execution.Journal;

namespace Runbook.Engine.Tests.Execution;

public sealed class JournalSchemaTests : IDisposable
{
    private static CancellationToken None => CancellationToken.None;

    private static readonly string[] Tables =
        ["checkpoints", "confirmations", "events", "locks", "run_targets", "runs", "step_attempts", "steps"];

    private readonly JournalFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_empty_file_gets_every_table_the_current_version_and_wal()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder.StateFile)!);
        File.WriteAllBytes(_folder.StateFile, []);

        _folder.Open().Dispose();

        Assert.Equal(Tables,
            Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        Assert.Equal([JournalSchema.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            Query("PRAGMA user_version"));
        Assert.Equal(["wal"], Query("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Reopening_keeps_the_runs_and_the_version()
    {
        var journal = _folder.Open();
        var runId = await journal.StartRunAsync(
            new RunStart(SamplePlans.Refresh(), "carol", SamplePlans.PlannedAt, ["a:1"]), None);
        journal.Dispose();

        var reopened = _folder.Open();

        Assert.Equal(runId, Assert.Single(await reopened.ListRunsAsync(None)).Id);
        Assert.Equal(["1"], Query("PRAGMA user_version"));
    }

    [Fact]
    public async Task Opening_with_a_new_migration_runs_only_that_migration()
    {
        var journal = _folder.Open(JournalSchema.Migrations);
        await journal.StartRunAsync(new RunStart(SamplePlans.Refresh(), "carol", SamplePlans.PlannedAt, ["a:1"]), None);
        journal.Dispose();

        // Running version 1 again would fail: its tables exist. So success shows that only version 2 ran.
        var upgraded = _folder.Open([.. JournalSchema.Migrations, "ALTER TABLE runs ADD COLUMN note TEXT;"]);

        Assert.Equal(["2"], Query("PRAGMA user_version"));
        Assert.Equal(["1"], Query("SELECT COUNT(*) FROM pragma_table_info('runs') WHERE name = 'note'"));
        Assert.Single(await upgraded.ListRunsAsync(None));
    }

    [Fact]
    public void A_file_from_a_newer_tool_is_refused()
    {
        _folder.Open([.. JournalSchema.Migrations, "CREATE TABLE later (x TEXT);"]).Dispose();

        var error = Assert.Throws<JournalException>(() => _folder.Open());

        Assert.Contains("schema version 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder.StateFile)!);
        File.WriteAllText(_folder.StateFile,
            "This is a text file, not SQLite, and it is long enough to have a header.");

        var error = Assert.Throws<JournalException>(() => _folder.Open());

        Assert.Contains("not a runbook state file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_state_file_is_beside_the_runbook()
    {
        var path = SqliteRunJournal.DefaultPathFor(Path.Combine(_folder.Path, "refresh.runbook"));

        Assert.Equal(Path.Combine(_folder.Path, ".runbook", "state.db"), path);
    }

    private List<string> Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_folder.StateFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return rows;
    }
}
