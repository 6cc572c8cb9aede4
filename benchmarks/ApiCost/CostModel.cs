namespace Runbook.ApiCost;

/// <summary>
/// The fewest API calls each way of deleting can spend, from the Salesforce limits the step works within:
/// a query page holds at most 2,000 records, a collections delete takes at most 200 ids, and a Bulk API 2.0
/// job needs a create, one upload, a close and at least one poll.
/// </summary>
internal static class CostModel
{
    public const int PageSize = 2000;
    public const int CollectionSize = 200;

    /// <summary>Create, upload (one PUT of the whole CSV), close.</summary>
    public const int BulkJobFixedCalls = 3;

    /// <summary>
    /// The Salesforce CLI's poll interval for Bulk API 2.0 ingest jobs (jsforce's job.poll(5000, ...)).
    /// </summary>
    public static readonly TimeSpan SfCliPollInterval = TimeSpan.FromSeconds(5);

    /// <summary>Query pages to read n ids; an empty result still costs its one (empty) page.</summary>
    public static long QueryPages(long n) => Math.Max(1, CeilingDivide(n, PageSize));

    public static long CollectionDeletes(long n) => CeilingDivide(n, CollectionSize);

    /// <summary>Collections path: every id is read from a query page and sent in a delete of 200.</summary>
    public static long CollectionsMinimum(long n) => QueryPages(n) + CollectionDeletes(n);

    /// <summary>Bulk path: the ids are read the same way, then one job with a single poll that finds it done.</summary>
    public static long BulkMinimum(long n) => n == 0 ? QueryPages(n) : QueryPages(n) + BulkJobFixedCalls + 1;

    /// <summary>
    /// Polls of a job that finishes <paramref name="jobTime"/> after its close, by a poller that asks at once
    /// and then every <paramref name="interval"/> until the job is done (what jsforce does for the CLI).
    /// </summary>
    public static long PollsAskingAtOnce(TimeSpan jobTime, TimeSpan interval) =>
        CeilingDivide(jobTime.Ticks, interval.Ticks) + 1;

    /// <summary>
    /// What <c>sf data delete bulk --wait N</c> spends on one object whose job takes <paramref name="jobTime"/>:
    /// create, upload, close and its polls; the ids come from a CSV file made beforehand, so no query is counted.
    /// Without --wait (the default) the command returns after the close and <c>sf data delete resume</c> polls
    /// the same way and then reads the job once more: one call more.
    /// </summary>
    public static long SfDeleteBulk(TimeSpan jobTime, bool resumed) =>
        BulkJobFixedCalls + PollsAskingAtOnce(jobTime, SfCliPollInterval) + (resumed ? 1 : 0);

    public static long CeilingDivide(long value, long divisor) => (value + divisor - 1) / divisor;
}
