using Microsoft.Data.Sqlite;

namespace Runbook.Emulator.Storage;

/// <summary>
/// The emulator's state file. Every request opens a pooled connection; writes run in IMMEDIATE transactions so
/// that two processes on the same directory (a plan, then an apply) take turns instead of failing.
/// </summary>
/// <remarks>
/// Writers of this process also take turns at a gate before they ask SQLite for its write lock. SQLite's own wait
/// for a busy lock sleeps the thread in growing steps (1, 2, 5, 10 ms...), so concurrent requests used to hold
/// thread-pool threads asleep while the lock was long free; on two cores that delayed every other request of the
/// server. At the gate a request waits without a thread (<see cref="WriteAsync{T}(Func{SqliteConnection, T})"/>)
/// and is let in the moment the previous writer commits. The busy wait remains for writers of other processes.
/// </remarks>
internal sealed class EmulatorDatabase
{
    public const string FileName = "emulator.db";

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writers = new(1, 1);

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
        _writers.Wait();
        try
        {
            return InTransaction(work);
        }
        finally
        {
            _writers.Release();
        }
    }

    public void Write(Action<SqliteConnection> work) => Write(connection =>
    {
        work(connection);
        return true;
    });

    /// <summary>
    /// Like <see cref="Write{T}(Func{SqliteConnection, T})"/>, but waits for its turn without holding a thread:
    /// for the requests that arrive many at a time.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, T> work)
    {
        // Not cancelled with the request: a write the client gave up on still happens, as it did before the gate.
        await _writers.WaitAsync().ConfigureAwait(false);
        try
        {
            return InTransaction(work);
        }
        finally
        {
            _writers.Release();
        }
    }

    /// <summary>
    /// Like <see cref="WriteAsync{T}(Func{SqliteConnection, T})"/>, but <paramref name="work"/> decides whether its
    /// changes stay: an all-or-none delete rolls back yet still answers with its per-record results.
    /// </summary>
    public async Task<T> WriteOrRollBackAsync<T>(Func<SqliteConnection, (T Result, bool Commit)> work)
    {
        await _writers.WaitAsync().ConfigureAwait(false);
        try
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
        finally
        {
            _writers.Release();
        }
    }

    /// <summary>An asynchronous write transaction, for work that reads a request body while it writes.</summary>
    public async Task<T> WriteStreamingAsync<T>(Func<SqliteConnection, Task<T>> work)
    {
        await _writers.WaitAsync().ConfigureAwait(false);
        try
        {
            using var connection = Open();
            connection.Execute("BEGIN IMMEDIATE");
            try
            {
                var result = await work(connection).ConfigureAwait(false);
                connection.Execute("COMMIT");
                return result;
            }
            catch
            {
                connection.Execute("ROLLBACK");
                throw;
            }
        }
        finally
        {
            _writers.Release();
        }
    }

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

    private T InTransaction<T>(Func<SqliteConnection, T> work)
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
}
