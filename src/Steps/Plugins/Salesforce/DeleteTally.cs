using Runbook.Engine.Plugins;

namespace Runbook.Steps.Plugins.Salesforce;

/// <summary>
/// The running count of a delete step, shared by the parallel deletes of one object: records deleted and
/// failed, the first error seen, and the progress the console shows across all objects.
/// </summary>
internal sealed class DeleteTally
{
    private readonly Lock _lock = new();
    private readonly IProgress<StepProgress> _progress;
    private readonly long? _total;
    private long _finishedObjects;

    public DeleteTally(IProgress<StepProgress> progress, long? total)
    {
        _progress = progress;
        _total = total;
    }

    /// <summary>Records of the current object deleted so far, including those an earlier attempt deleted.</summary>
    public long Deleted { get; private set; }

    /// <summary>Records of the current object that could not be deleted.</summary>
    public long Failed { get; private set; }

    /// <summary>The first error of the current object, for the report.</summary>
    public string? FirstError { get; private set; }

    /// <summary>Every record deleted in the step so far.</summary>
    public long TotalDeleted { get; private set; }

    /// <summary>Every record that failed in the step so far.</summary>
    public long TotalFailed { get; private set; }

    /// <summary>Starts counting an object, from what an earlier attempt already deleted.</summary>
    public void Begin(long alreadyDeleted)
    {
        lock (_lock)
        {
            Deleted = alreadyDeleted;
            Failed = 0;
            FirstError = null;
        }
    }

    /// <summary>Adds one batch's results and reports progress; returns the object's deleted count.</summary>
    public long Add(string objectName, long deleted, long failed, string? error)
    {
        lock (_lock)
        {
            Deleted += deleted;
            Failed += failed;
            FirstError ??= error;
            Report(objectName, Deleted);
            return Deleted;
        }
    }

    /// <summary>Sets the object's counts outright (a Bulk API job reports totals, not increments).</summary>
    public void Set(string objectName, long deleted, long failed, string? error)
    {
        lock (_lock)
        {
            Deleted = deleted;
            Failed = failed;
            FirstError ??= error;
            Report(objectName, deleted);
        }
    }

    /// <summary>Closes the current object: its counts join the step's totals.</summary>
    public void Finish()
    {
        lock (_lock)
        {
            TotalDeleted += Deleted;
            TotalFailed += Failed;
            _finishedObjects += Deleted;
            Deleted = 0;
            Failed = 0;
            FirstError = null;
        }
    }

    private void Report(string objectName, long deletedOfObject) =>
        _progress.Report(new StepProgress(
            _finishedObjects + deletedOfObject,
            _total,
            "records",
            $"{objectName}: {Counts.Format(deletedOfObject)} deleted"));
}
