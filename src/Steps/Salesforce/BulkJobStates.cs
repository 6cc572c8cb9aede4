namespace Runbook.Steps.Salesforce;

/// <summary>The states of a Bulk API 2.0 ingest job.</summary>
public static class BulkJobStates
{
    /// <summary>Created; data may be uploaded.</summary>
    public const string Open = "Open";

    /// <summary>Upload finished; waiting to be processed.</summary>
    public const string UploadComplete = "UploadComplete";

    /// <summary>Being processed.</summary>
    public const string InProgress = "InProgress";

    /// <summary>Processed; some records may still have failed.</summary>
    public const string JobComplete = "JobComplete";

    /// <summary>The job failed as a whole.</summary>
    public const string Failed = "Failed";

    /// <summary>The job was aborted.</summary>
    public const string Aborted = "Aborted";

    /// <summary>Whether a job in this state will not change any more.</summary>
    public static bool IsTerminal(string state) => state is JobComplete or Failed or Aborted;
}
