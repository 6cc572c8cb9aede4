using System.Text.Json.Nodes;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>
/// A Bulk API 2.0 ingest job as stored. The work is done when the upload is declared complete; the state reported
/// afterwards is derived from that moment: UploadComplete for the first fifth of the job's duration, then
/// InProgress, then JobComplete (or Failed).
/// </summary>
internal sealed record BulkJob(
    long Seq,
    int OrgNo,
    string Object,
    string Operation,
    string StoredState,
    string ApiVersion,
    string LineEnding,
    string ColumnDelimiter,
    long Created,
    long Modified,
    long? UploadComplete,
    long Duration,
    bool Uploaded,
    string? Header,
    long Processed,
    long Failed,
    string? ErrorMessage)
{
    public const string Columns = """
        seq, org_no, object, operation, state, api_version, line_ending, column_delimiter, created, modified,
        upload_complete, duration, uploaded, header, processed, failed, error_message
        """;

    public string State(long now)
    {
        if (StoredState != "UploadComplete" || UploadComplete is not { } completed)
        {
            return StoredState;
        }

        var elapsed = now - completed;
        if (elapsed >= Duration)
        {
            return ErrorMessage is null ? "JobComplete" : "Failed";
        }

        return elapsed < Duration / 5 ? "UploadComplete" : "InProgress";
    }

    public bool IsFinished(long now) => State(now) is "JobComplete" or "Failed" or "Aborted";

    public string Id(OrgRecord org) => SalesforceId.Format(KeyPrefixes.BulkJob, org.IdCode, Seq);

    public JsonObject ToJson(OrgRecord org, long now)
    {
        var state = State(now);
        var finished = state is "JobComplete" or "Failed";
        var info = new JsonObject
        {
            ["id"] = Id(org),
            ["operation"] = Operation,
            ["object"] = Object,
            ["createdById"] = org.UserId,
            ["createdDate"] = SalesforceTime.DateTime(Created),
            ["systemModstamp"] = SalesforceTime.DateTime(finished ? UploadComplete!.Value + Duration : Modified),
            ["state"] = state,
            ["concurrencyMode"] = "Parallel",
            ["contentType"] = "CSV",
            ["apiVersion"] = decimal.Parse(ApiVersion, System.Globalization.CultureInfo.InvariantCulture),
            ["jobType"] = "V2Ingest",
            ["lineEnding"] = LineEnding,
            ["columnDelimiter"] = ColumnDelimiter,
            ["numberRecordsProcessed"] = finished ? Processed : 0,
            ["numberRecordsFailed"] = finished ? Failed : 0,
            ["retries"] = 0,
            ["totalProcessingTime"] = finished ? Duration : 0,
            ["apiActiveProcessingTime"] = finished ? Duration : 0,
            ["apexProcessingTime"] = 0,
        };

        if (state == "Open")
        {
            info["contentUrl"] = $"services/data/v{ApiVersion}/jobs/ingest/{Id(org)}/batches";
        }

        if (state == "Failed" && ErrorMessage is not null)
        {
            info["errorMessage"] = ErrorMessage;
        }

        return info;
    }
}
