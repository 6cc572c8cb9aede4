namespace Runbook.Steps.Salesforce;

/// <summary>What happened to one record of a delete.</summary>
public enum DeleteOutcome
{
    /// <summary>The record was deleted now.</summary>
    Deleted,

    /// <summary>The record was already gone (<c>ENTITY_IS_DELETED</c>); the delete counts as done.</summary>
    AlreadyDeleted,

    /// <summary>The record could not be deleted; see the errors.</summary>
    Failed,
}
