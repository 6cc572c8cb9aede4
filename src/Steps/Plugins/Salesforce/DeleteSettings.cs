using Runbook.Engine.Plugins;

namespace Runbook.Steps.Plugins.Salesforce;

/// <summary>The evaluated attributes of a delete step, with the checks that values known only now need.</summary>
internal sealed record DeleteSettings(
    SalesforceHandle Org,
    IReadOnlyList<string> Objects,
    string? Where,
    bool HardDelete,
    long Parallelism,
    long BulkThreshold)
{
    /// <summary>
    /// Above this many records of an object a Bulk API 2.0 job costs fewer API calls than collections deletes.
    /// Per object, collections spend one call per 200 records; a job spends a create, an upload, a close and a
    /// poll every 5 seconds from one interval after the close (the id query pages are the same on both paths).
    /// At 2,000 records collections need 10 deletes and a job fewer as long as it finishes within 35 seconds,
    /// which small jobs do; this is also the volume above which Salesforce suggests the Bulk API. The measured
    /// crossover against the emulator, whose jobs finish in a second, is 800 (docs/performance.md (part 2)).
    /// </summary>
    public const long DefaultBulkThreshold = 2_000;

    public static DeleteSettings Read(AttributeValues attributes)
    {
        var where = attributes.GetString("where");
        return new DeleteSettings(
            attributes.GetConnection<SalesforceHandle>("org"),
            [.. attributes.GetStrings("objects").Distinct(StringComparer.OrdinalIgnoreCase)],
            string.IsNullOrWhiteSpace(where) ? null : where.Trim(),
            attributes.GetBool("hard_delete"),
            attributes.GetInt("parallelism", 4),
            attributes.GetInt("bulk_threshold", DefaultBulkThreshold));
    }

    public string? ConditionProblem => Where is null ? null : SalesforceNames.ConditionProblem(Where);

    public string WhereText => Where is null ? "" : $" where {Where}";

    /// <summary>Hard deletes need the Bulk API; otherwise it takes over above the threshold.</summary>
    public bool UsesBulkApi(long count) => HardDelete || count > BulkThreshold;

    public IEnumerable<string> Problems()
    {
        if (ConditionProblem is { } condition)
        {
            yield return $"'where' must be a SOQL condition: {condition}.";
        }

        if (Parallelism is < 1 or > 16)
        {
            yield return $"'parallelism' must be from 1 to 16; it is {Counts.Format(Parallelism)}.";
        }

        if (BulkThreshold is < 0 or > 100_000_000)
        {
            yield return $"'bulk_threshold' must be from 0 to 100,000,000; it is {Counts.Format(BulkThreshold)}.";
        }
    }
}
