namespace Runbook.Steps.Salesforce;

/// <summary>The delete a Bulk API 2.0 job performs.</summary>
public enum BulkDeleteOperation
{
    /// <summary>Moves records to the recycle bin.</summary>
    Delete,

    /// <summary>Deletes records for good; needs the Bulk API Hard Delete permission.</summary>
    HardDelete,
}
