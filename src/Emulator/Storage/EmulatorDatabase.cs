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
/// <para>
/// Checkpoints (copying the write-ahead log into the file, with an fsync) run on a thread of their own every
/// <see cref="CheckpointEveryCommits"/> commits instead of inside the commit that crossed SQLite's threshold: there
/// they took 15 to 40 ms while the writer still held the gate, and every request waiting at it waited that long.
/// </para>
/// </remarks>
internal sealed class EmulatorDatabase
{
    public const string FileName = "emulator.db";

    /// <summary>
    /// About SQLite's own cadence (1,000 pages): a collection delete writes 10 to 20 pages, an API call count 2.
    /// </summary>
    public const int CheckpointEveryCommits = 64;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writers = new(1, 1);
    private readonly Lock _checkpointLock = new();
    private Task _checkpoint = Task.CompletedTask;
    private long _commits;

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
        connection.Execute(
            "PRAGMA busy_timeout = 300000; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0;");
        return connection;
    }

    /// <summary>Copies the write-ahead log into the state file, as far as no reader still needs the log.</summary>
    public void Checkpoint()
    {
        using var connection = Open();
        connection.Execute("PRAGMA wal_checkpoint(PASSIVE)");
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
            // The synchronous writers are the rare and possibly large ones (seeding, a bulk job, a refresh).
            return InTransaction(work, weight: CheckpointEveryCommits);
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
            return InTransaction(work, weight: 1);
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
                if (commit)
                {
                    Committed(1);
                }

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
                Committed(CheckpointEveryCommits);
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

    /// <summary>The background checkpoint last started; completed when none is running.</summary>
    public Task PendingCheckpoint
    {
        get
        {
            lock (_checkpointLock)
            {
                return _checkpoint;
            }
        }
    }

    /// <summary>Closes pooled connections so the state file can be moved or deleted once the server stops.</summary>
    public void ReleaseConnections()
    {
        // The last connection to close checkpoints what is left; a background one must not hold the file open.
        PendingCheckpoint.Wait();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    public T Read<T>(Func<SqliteConnection, T> work)
    {
        using var connection = Open();
        return work(connection);
    }

    private T InTransaction<T>(Func<SqliteConnection, T> work, int weight)
    {
        using var connection = Open();
        connection.Execute("BEGIN IMMEDIATE");
        try
        {
            var result = work(connection);
            connection.Execute("COMMIT");
            Committed(weight);
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
    /// Starts a checkpoint on a thread of its own each time the commits' weight passes a multiple of
    /// <see cref="CheckpointEveryCommits"/>, unless one is still running.
    /// </summary>
    private void Committed(int weight)
    {
        var after = Interlocked.Add(ref _commits, weight);
        if (after / CheckpointEveryCommits == (after - weight) / CheckpointEveryCommits)
        {
            return;
        }

        lock (_checkpointLock)
        {
            if (_checkpoint.IsCompleted)
            {
                // Not a thread-pool thread: the fsync would hold one of the few the requests need.
                _checkpoint = Task.Factory.StartNew(
                    CheckpointQuietly,
                    CancellationToken.None,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default);
            }
        }
    }

    private void CheckpointQuietly()
    {
        try
        {
            Checkpoint();
        }
        catch (SqliteException)
        {
            // Nothing is lost: the log stays, and the next checkpoint or the last connection to close copies it.
        }
    }
}
