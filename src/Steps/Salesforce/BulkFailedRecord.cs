namespace Runbook.Steps.Salesforce;

/// <summary>One row of a job's failed results (<c>sf__Id</c>, <c>sf__Error</c>).</summary>
/// <param name="Id">The record id.</param>
/// <param name="Error">Salesforce's error, <c>CODE:message:fields</c>.</param>
public sealed record BulkFailedRecord(string Id, string Error)
{
    /// <summary>The error code, the text before the first colon.</summary>
    public string ErrorCode => Error.Split(':', 2)[0];

    /// <summary>True when the record was already deleted, which a delete counts as done.</summary>
    public bool IsAlreadyDeleted => ErrorCode == SalesforceErrorCodes.EntityIsDeleted;
}
