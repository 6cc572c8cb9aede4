using Runbook.Engine.Plugins;

namespace Runbook.Engine.Execution.Journal;

/// <summary>A step's progress notes, each saved in its own transaction before the step relies on it.</summary>
internal sealed class SqliteCheckpoints(JournalDatabase database, TimeProvider time, string runId, string step)
    : IStepCheckpoints
{
    public string? Get(string key) => database.Read(read => read.Scalar(
        "SELECT value FROM checkpoints WHERE run_id = $run AND step = $step AND key = $key",
        ("$run", runId), ("$step", step), ("$key", key)) as string);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        cancellationToken.ThrowIfCancellationRequested();
        database.Write(write => write.Execute(
            """
            INSERT INTO checkpoints (run_id, step, key, value, updated_at) VALUES ($run, $step, $key, $value, $at)
            ON CONFLICT (run_id, step, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """,
            ("$run", runId), ("$step", step), ("$key", key), ("$value", value),
            ("$at", JournalTime.ToText(time.GetUtcNow()))));
        return Task.CompletedTask;
    }
}
