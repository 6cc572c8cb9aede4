namespace Runbook.Emulator.Salesforce;

/// <summary>What happened to one id of a delete: success, or Salesforce's status code and message.</summary>
internal sealed record DeleteOutcome(string Id, string? StatusCode, string? Message)
{
    public bool Success => StatusCode is null;

    /// <summary>The Bulk API's sf__Error form: CODE:message:fields (-- when no field is at fault).</summary>
    public string BulkError => $"{StatusCode}:{Message}:--";
}
