namespace Runbook.Steps.Plugins.Salesforce;

/// <summary>How a delete of one object would go: its count, the API it uses and the calls it needs.</summary>
/// <param name="Object">The sObject.</param>
/// <param name="Count">The records that match.</param>
/// <param name="UsesBulkApi">True for a Bulk API 2.0 job, false for sObject Collections deletes.</param>
internal sealed record DeleteEstimate(string Object, long Count, bool UsesBulkApi)
{
    /// <summary>Records per query page, Salesforce's default batch size.</summary>
    public const int QueryPageSize = 2000;

    /// <summary>Ids per sObject Collections delete.</summary>
    public const int CollectionSize = 200;

    /// <summary>A Bulk API 2.0 job takes a create, an upload, a close and at least one poll.</summary>
    public const int BulkJobCalls = 4;

    public long QueryPages => Counts.CeilingDivide(Count, QueryPageSize);

    public long DeleteCalls => UsesBulkApi ? BulkJobCalls : Counts.CeilingDivide(Count, CollectionSize);

    public long ApiCalls => QueryPages + DeleteCalls;

    /// <summary>The part of the action that says how, e.g. "(collections: 5 calls + 1 query page)".</summary>
    public string Method(bool hardDelete) => UsesBulkApi
        ? $"(Bulk API 2.0 {(hardDelete ? "hardDelete" : "delete")} job: create, upload, close, polls + " +
          $"{Counts.Of(QueryPages, "query page")})"
        : $"(collections: {Counts.Of(DeleteCalls, "call")} + {Counts.Of(QueryPages, "query page")})";
}
