namespace Runbook.Steps.Salesforce;

/// <summary>The result of deleting one record with sObject Collections.</summary>
/// <param name="Id">The record id, as it was sent.</param>
/// <param name="Outcome">Deleted, already deleted or failed.</param>
/// <param name="Errors">Salesforce's errors for the record; empty when it was deleted.</param>
public sealed record DeleteRecordResult(string Id, DeleteOutcome Outcome, IReadOnlyList<SalesforceError> Errors)
{
    /// <summary>True when the record is gone, whether deleted now or before.</summary>
    public bool IsDone => Outcome != DeleteOutcome.Failed;
}
