using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Runbook.Engine.Execution.Journal;

/// <summary>
/// The journal's tables and how a database file gets them. The schema version is SQLite's
/// <c>PRAGMA user_version</c>: migration <c>n</c> (counting from 1) turns version <c>n - 1</c> into version
/// <c>n</c>. A migration is never edited once released; a change to the schema is a new migration appended
/// to the list, so every older file can be brought up to date.
/// </summary>
internal static class JournalSchema
{
    /// <summary>Version 1: runs, targets, steps, attempts, checkpoints, confirmations, events and locks.</summary>
    private const string Version1 = """
        CREATE TABLE runs (
            id              TEXT PRIMARY KEY,
            runbook_name    TEXT NOT NULL,
            runbook_path    TEXT NOT NULL,
            runbook_sha256  TEXT NOT NULL,
            plan_id         TEXT NOT NULL,
            plan_json       TEXT NOT NULL,
            started_by      TEXT NOT NULL,
            started_at      TEXT NOT NULL,
            status          TEXT NOT NULL,
            status_message  TEXT,
            ended_at        TEXT
        );

        CREATE INDEX runs_by_start ON runs (started_at DESC);

        CREATE TABLE run_targets (
            run_id  TEXT NOT NULL REFERENCES runs (id),
            target  TEXT NOT NULL,
            PRIMARY KEY (run_id, target)
        );

        CREATE TABLE steps (
            run_id        TEXT NOT NULL REFERENCES runs (id),
            name          TEXT NOT NULL,
            position      INTEGER NOT NULL,
            status        TEXT NOT NULL,
            started_at    TEXT,
            ended_at      TEXT,
            outputs_json  TEXT NOT NULL DEFAULT '{}',
            error         TEXT,
            notes_json    TEXT NOT NULL DEFAULT '[]',
            attempts      INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (run_id, name)
        );

        CREATE TABLE step_attempts (
            run_id        TEXT NOT NULL REFERENCES runs (id),
            step          TEXT NOT NULL,
            attempt       INTEGER NOT NULL,
            started_at    TEXT NOT NULL,
            ended_at      TEXT,
            outcome       TEXT NOT NULL,
            outputs_json  TEXT,
            error         TEXT,
            PRIMARY KEY (run_id, step, attempt)
        );

        CREATE TABLE checkpoints (
            run_id      TEXT NOT NULL REFERENCES runs (id),
            step        TEXT NOT NULL,
            key         TEXT NOT NULL,
            value       TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            PRIMARY KEY (run_id, step, key)
        );

        CREATE TABLE confirmations (
            sequence   INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id     TEXT NOT NULL REFERENCES runs (id),
            step       TEXT NOT NULL,
            operator   TEXT NOT NULL,
            at         TEXT NOT NULL,
            confirmed  INTEGER NOT NULL,
            text       TEXT NOT NULL,
            source     TEXT NOT NULL
        );

        CREATE TABLE events (
            sequence   INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id     TEXT NOT NULL REFERENCES runs (id),
            at         TEXT NOT NULL,
            kind       TEXT NOT NULL,
            step       TEXT,
            message    TEXT NOT NULL,
            data_json  TEXT
        );

        CREATE INDEX events_by_run ON events (run_id, sequence);

        CREATE TABLE locks (
            target              TEXT PRIMARY KEY,
            run_id              TEXT NOT NULL REFERENCES runs (id),
            process_id          INTEGER NOT NULL,
            process_started_at  TEXT,
            host                TEXT NOT NULL,
            acquired_at         TEXT NOT NULL
        );
        """;

    /// <summary>Every migration in order; the schema version of a migrated file is their count.</summary>
    public static ImmutableArray<string> Migrations { get; } = [Version1];

    /// <summary>The version this build writes.</summary>
    public static int CurrentVersion => Migrations.Length;

    /// <summary>
    /// Brings the database up to the last of <paramref name="migrations"/> in one write transaction, so two
    /// processes opening a new file at once take turns and the second finds the work done. A file from a
    /// newer tool is refused rather than written to by code that does not know its tables.
    /// </summary>
    public static void Migrate(SqliteConnection connection, IReadOnlyList<string> migrations)
    {
        using var transaction = connection.BeginTransaction();
        var version = ReadVersion(connection, transaction);
        if (version > migrations.Count)
        {
            throw new JournalException(
                $"The state file '{connection.DataSource}' has journal schema version {version}, newer than the " +
                $"{migrations.Count} this tool knows; use a newer runbook tool with it.");
        }

        for (var next = version; next < migrations.Count; next++)
        {
            using var migrate = connection.CreateCommand();
            migrate.Transaction = transaction;
            migrate.CommandText = migrations[next];
            migrate.ExecuteNonQuery();
        }

        // PRAGMA takes no parameters; the value is an integer we produced.
        using var stamp = connection.CreateCommand();
        stamp.Transaction = transaction;
        stamp.CommandText = $"PRAGMA user_version = {migrations.Count.ToString(CultureInfo.InvariantCulture)}";
        stamp.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>The schema version recorded in the file; 0 for a new or empty file.</summary>
    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
