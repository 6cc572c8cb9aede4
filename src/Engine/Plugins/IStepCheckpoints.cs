namespace Runbook.Engine.Plugins;

/// <summary>
/// Durable notes a step keeps about its own progress: the id of a job it started, the batches it finished.
/// A resumed run gives the step the notes of the attempt that stopped, so it can re-attach to the same
/// external job instead of starting another. A note is written before the step relies on it.
/// </summary>
public interface IStepCheckpoints
{
    /// <summary>The note saved under <paramref name="key"/> by this step in this run, or null.</summary>
    string? Get(string key);

    /// <summary>Saves (or replaces) a note; it is durable when the task completes.</summary>
    Task SetAsync(string key, string value, CancellationToken cancellationToken);
}
