namespace Runbook.Steps.Salesforce;

/// <summary>What <see cref="SalesforceClient.RunBulkDeleteAsync"/> should do.</summary>
public sealed record BulkDeleteRun
{
    /// <summary>The object whose records are deleted.</summary>
    public required string Object { get; init; }

    /// <summary>Delete or hard delete.</summary>
    public BulkDeleteOperation Operation { get; init; } = BulkDeleteOperation.Delete;

    /// <summary>The ids to delete, read once and streamed to the upload.</summary>
    public required IAsyncEnumerable<string> Ids { get; init; }

    /// <summary>
    /// The job a previous, interrupted run created. When set, no new job is created: the run re-attaches to
    /// this one and carries on from its state.
    /// </summary>
    public string? ExistingJobId { get; init; }

    /// <summary>How long to wait between polls of the job's state.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Called with the new job's id before anything is uploaded, so that the caller can record it and a resumed
    /// run re-attaches instead of starting a second job.
    /// </summary>
    public Func<string, CancellationToken, Task>? OnJobCreated { get; init; }

    /// <summary>Receives the job's info after every poll.</summary>
    public IProgress<BulkJobInfo>? Progress { get; init; }
}
