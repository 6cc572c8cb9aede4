using Microsoft.Data.Sqlite;

namespace Runbook.Engine.Execution.Journal;

/// <summary>
/// The state file: connections, pragmas and transactions. Every write is one <c>BEGIN IMMEDIATE</c>
/// transaction, so it takes the write lock before it reads what it will change, and a process killed at any
/// moment leaves either all of it or none of it in the file.
/// </summary>
internal sealed class JournalDatabase
{
    /// <summary>How long a write waits for another process's write before it fails, in seconds.</summary>
    private const int BusyTimeoutSeconds = 30;

    /// <summary>SQLITE_NOTADB: the file exists and is something else.</summary>
    private const int NotADatabase = 26;

    private readonly string _connectionString;

    public JournalDatabase(string path)
    {
        FilePath = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>Called inside every write transaction just before it commits; tests interrupt writes with it.</summary>
    public Action<SqliteConnection>? BeforeCommit { get; set; }

    /// <summary>Creates the folder and the file if needed, turns on WAL and brings the schema up to date.</summary>
    public void Initialize(IReadOnlyList<string> migrations)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        try
        {
            using var connection = Open();

            // WAL is a property of the file, kept once set; it cannot change inside a transaction.
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL";
                wal.ExecuteNonQuery();
            }

            JournalSchema.Migrate(connection, migrations);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is NotADatabase)
        {
            throw new JournalException($"'{FilePath}' is not a runbook state file.", exception);
        }
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();

            // FULL makes each commit durable across a power cut, not only a killed process; journal writes are
            // few and small, so the extra fsync costs nothing anyone notices.
            pragmas.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}; PRAGMA synchronous = FULL; " +
                "PRAGMA foreign_keys = ON;";
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction; anything it throws rolls it all back.</summary>
    public T Write<T>(Func<JournalTransaction, T> work)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var result = work(new JournalTransaction(connection, transaction));
        BeforeCommit?.Invoke(connection);
        transaction.Commit();
        return result;
    }

    public void Write(Action<JournalTransaction> work) => Write(transaction =>
    {
        work(transaction);
        return true;
    });

    /// <summary>Reads in one transaction, so what it reads is one consistent moment of the file.</summary>
    public T Read<T>(Func<JournalTransaction, T> work)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        return work(new JournalTransaction(connection, transaction));
    }

    /// <summary>Closes pooled connections so the file can be moved or deleted.</summary>
    public void ReleaseConnections()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
