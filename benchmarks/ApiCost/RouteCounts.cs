using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Runbook.ApiCost;

/// <summary>The emulator's call counts by route, with names for the routes a delete uses.</summary>
internal sealed record RouteCounts(long Requests, long Mutating, ImmutableSortedDictionary<string, long> Routes)
{
    private const string Data = "/services/data/v62.0";

    public long FirstQueryPages => Route($"GET {Data}/query");

    public long NextQueryPages => Route($"GET {Data}/query/{{id}}");

    public long QueryPages => FirstQueryPages + NextQueryPages;

    public long CollectionDeletes => Route($"DELETE {Data}/composite/sobjects");

    public long JobCreates => Route($"POST {Data}/jobs/ingest");

    public long JobUploads => Route($"PUT {Data}/jobs/ingest/{{id}}/batches");

    public long JobCloses => Route($"PATCH {Data}/jobs/ingest/{{id}}");

    public long JobPolls => Route($"GET {Data}/jobs/ingest/{{id}}");

    public long JobFailedResults => Route($"GET {Data}/jobs/ingest/{{id}}/failedResults");

    public long BulkCalls => JobCreates + JobUploads + JobCloses + JobPolls + JobFailedResults;

    public long Route(string key) => Routes.GetValueOrDefault(key);

    public static RouteCounts Parse(JsonNode stats)
    {
        var routes = ImmutableSortedDictionary.CreateBuilder<string, long>(StringComparer.Ordinal);
        foreach (var (key, value) in stats["routes"]!.AsObject())
        {
            routes[key] = value!.GetValue<long>();
        }

        return new RouteCounts(
            stats["requests"]!.GetValue<long>(),
            stats["mutating"]!.GetValue<long>(),
            routes.ToImmutable());
    }

    /// <summary>The routes as "METHOD path = n" lines, for a run's raw record.</summary>
    public string Describe() => string.Join("; ", Routes.Select(route => $"{route.Key} = {route.Value}"));
}
