using System.Text.Json.Serialization;

namespace Runbook.Steps.Salesforce;

/// <summary>A Bulk API 2.0 ingest job, as the job info resource describes it.</summary>
public sealed record BulkJobInfo
{
    /// <summary>The job id (prefix <c>750</c>).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The object the job works on.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; init; }

    /// <summary><c>delete</c> or <c>hardDelete</c> for the jobs this client creates.</summary>
    [JsonPropertyName("operation")]
    public string? Operation { get; init; }

    /// <summary>See <see cref="BulkJobStates"/>.</summary>
    [JsonPropertyName("state")]
    public required string State { get; init; }

    /// <summary>When the job was created, as Salesforce wrote it.</summary>
    [JsonPropertyName("createdDate")]
    public string? CreatedDate { get; init; }

    /// <summary>Records processed so far (successful and failed).</summary>
    [JsonPropertyName("numberRecordsProcessed")]
    public long RecordsProcessed { get; init; }

    /// <summary>Records that failed.</summary>
    [JsonPropertyName("numberRecordsFailed")]
    public long RecordsFailed { get; init; }

    /// <summary>Why the job failed, when it failed as a whole.</summary>
    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; init; }

    /// <summary>Whether the job will not change any more.</summary>
    [JsonIgnore]
    public bool IsTerminal => BulkJobStates.IsTerminal(State);
}
