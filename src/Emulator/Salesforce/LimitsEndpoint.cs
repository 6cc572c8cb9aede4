using System.Text.Json.Nodes;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>
/// GET limits/: the org's allocations, DailyApiRequests from the same rolling count as Sforce-Limit-Info.
/// </summary>
internal static class LimitsEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/limits", (HttpContext http) =>
        {
            var call = SalesforceCall.From(http);
            var limit = http.RequestServices.GetRequiredService<EmulatorOptions>().ApiRequestLimit;
            var used = http.RequestServices.GetRequiredService<EmulatorDatabase>()
                .Read(connection => ApiUsage.Used(connection, call.Org.OrgNo, call.Now));
            return SalesforceResults.Json(new JsonObject
            {
                ["ConcurrentAsyncGetReportInstances"] = Allocation(200, 200),
                ["DailyApiRequests"] = Allocation(limit, Math.Max(0, limit - used)),
                ["DailyBulkApiBatches"] = Allocation(15000, 15000),
                ["DailyBulkV2QueryFileStorageMB"] = Allocation(976562, 976562),
                ["DailyBulkV2QueryJobs"] = Allocation(10000, 10000),
                ["DataStorageMB"] = Allocation(1024, 1000),
                ["FileStorageMB"] = Allocation(1024, 1024),
            });
        });
    }

    private static JsonObject Allocation(long max, long remaining) =>
        new() { ["Max"] = max, ["Remaining"] = remaining };
}
