using Microsoft.Data.Sqlite;

namespace Runbook.Emulator.Storage;

/// <summary>
/// The emulator's state file. Every request opens a pooled connection; writes run in IMMEDIATE transactions so
/// that two processes on the same directory (a plan, then an apply) take turns instead of failing.
/// </summary>
internal sealed class EmulatorDatabase
{
    public const string FileName = "emulator.db";

    private readonly string _connectionString;

    public EmulatorDatabase(string stateDirectory)
    {
        FilePath = Path.Combine(stateDirectory, FileName);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,

            // Another process may hold the write lock for a while (seeding a million rows); wait rather than fail.
            DefaultTimeout = 300,
        }.ToString();
    }

    public string FilePath { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        connection.Execute("PRAGMA busy_timeout = 300000; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction that takes the write lock at its start, so a request
    /// either changes everything it meant to or nothing.
    /// </summary>
    public T Write<T>(Func<SqliteConnection, T> work)
    {
        using var connection = Open();
        connection.Execute("BEGIN IMMEDIATE");
        try
        {
            var result = work(connection);
            connection.Execute("COMMIT");
            return result;
        }
        catch
        {
            // The connection goes back to the pool: it must not carry a half-done transaction with it.
            connection.Execute("ROLLBACK");
            throw;
        }
    }

    /// <summary>
    /// Like <see cref="Write{T}(Func{SqliteConnection, T})"/>, but <paramref name="work"/> decides whether its
    /// changes stay: an all-or-none delete rolls back yet still answers with its per-record results.
    /// </summary>
    public T WriteOrRollBack<T>(Func<SqliteConnection, (T Result, bool Commit)> work)
    {
        using var connection = Open();
        connection.Execute("BEGIN IMMEDIATE");
        try
        {
            var (result, commit) = work(connection);
            connection.Execute(commit ? "COMMIT" : "ROLLBACK");
            return result;
        }
        catch
        {
            connection.Execute("ROLLBACK");
            throw;
        }
    }

    /// <summary>An asynchronous write transaction, for work that reads a request body while it writes.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> work)
    {
        using var connection = Open();
        connection.Execute("BEGIN IMMEDIATE");
        try
        {
            var result = await work(connection);
            connection.Execute("COMMIT");
            return result;
        }
        catch
        {
            connection.Execute("ROLLBACK");
            throw;
        }
    }

    public void Write(Action<SqliteConnection> work) => Write(connection =>
    {
        work(connection);
        return true;
    });

    /// <summary>Closes pooled connections so the state file can be moved or deleted once the server stops.</summary>
    public void ReleaseConnections()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    public T Read<T>(Func<SqliteConnection, T> work)
    {
        using var connection = Open();
        return work(connection);
    }
}
