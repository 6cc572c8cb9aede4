using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Tests;

/// <summary>
/// The state file's write-ahead log is copied into the file by a background checkpoint every
/// <see cref="EmulatorDatabase.CheckpointEveryCommits"/> commits, never by the commit of a request.
/// </summary>
[Collection(CheckpointTestsCollection.Name)]
public sealed class CheckpointTests
{
    [Fact]
    public async Task Request_commits_leave_the_log_alone_until_the_background_checkpoint_copies_it()
    {
        using var directory = new TempDirectory();
        var database = new EmulatorDatabase(directory.Path);
        // Held open throughout: other tests clear every connection pool, and the last connection to close a
        // database checkpoints it, which would copy the log whatever this test's commits did.
        using var holder = database.Open();
        holder.Execute("PRAGMA journal_mode = WAL");

        // A synchronous write counts as a whole round of commits: the table is in the file at once.
        database.Write(connection => connection.Execute("CREATE TABLE blobs (data BLOB NOT NULL)"));
        await database.PendingCheckpoint;
        var before = new FileInfo(database.FilePath).Length;

        // 63 commits of 80 KB: past SQLite's own threshold of 1,000 pages, which would have checkpointed.
        for (var i = 1; i < EmulatorDatabase.CheckpointEveryCommits; i++)
        {
            await database.WriteAsync(connection => connection.Execute("INSERT INTO blobs VALUES (randomblob(80000))"));
        }

        await database.PendingCheckpoint;
        Assert.Equal(before, new FileInfo(database.FilePath).Length);

        await database.WriteAsync(connection => connection.Execute("INSERT INTO blobs VALUES (randomblob(80000))"));
        await database.PendingCheckpoint;
        Assert.True(
            new FileInfo(database.FilePath).Length > before + 64 * 80_000,
            "the 64th commit should have started a checkpoint that copied every blob into the file");

        holder.Close();
        database.ReleaseConnections();
    }
}

/// <summary>
/// The checkpoint test reads the state file's length. Run beside the other tests, it found the file grown by
/// three blobs in about 1 run in 9: something another test does in the same process (clearing every connection
/// pool or stopping a server are the suspects; which one was not pinned down) let a checkpoint through. It runs
/// alone, after the tests that run in parallel; pinning down the cause would let it run with them again.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CheckpointTestsCollection
{
    public const string Name = "State file checkpoints";
}
