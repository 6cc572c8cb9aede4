using System.Text.Json.Nodes;

namespace Runbook.Emulator.Salesforce;

/// <summary>Maps the Salesforce REST, Tooling and Bulk API 2.0 routes behind the version/token filter.</summary>
internal static class SalesforceApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        OAuthEndpoints.Map(routes);
        routes.MapGet("/services/data", (HttpContext http) => Versions(http));

        var api = routes.MapGroup("/services/data/{version}");
        api.AddEndpointFilter(SalesforceApiFilter.InvokeAsync);
        QueryEndpoints.Map(api);
        SObjectEndpoints.Map(api);
        SandboxRefreshEndpoint.Map(api);
        BulkIngestEndpoints.Map(api);
        LimitsEndpoint.Map(api);

        // Unknown resources answer the way Salesforce does rather than with an empty 404.
        routes.Map("/services/{**rest}", () => SalesforceResults.NotFound());
    }

    private static IResult Versions(HttpContext http)
    {
        var versions = new JsonArray();
        for (var major = SalesforceApiFilter.OldestVersion; major <= 64; major++)
        {
            versions.Add(new JsonObject
            {
                ["label"] = $"API v{major}.0",
                ["url"] = $"/services/data/v{major}.0",
                ["version"] = $"{major}.0",
            });
        }

        return SalesforceResults.Json(versions);
    }
}
