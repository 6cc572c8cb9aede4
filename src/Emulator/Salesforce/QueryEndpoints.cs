using System.Globalization;
using System.Text.RegularExpressions;
using Runbook.Emulator.Salesforce.Soql;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>GET query, queryAll and tooling/query, each with its next-page resource.</summary>
internal static partial class QueryEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        foreach (var scope in new[] { QueryScope.Query, QueryScope.QueryAll, QueryScope.ToolingQuery })
        {
            api.MapGet($"/{scope.Resource}", (HttpContext http) => Query(http, scope));
            api.MapGet(
                $"/{scope.Resource}/{{locator}}",
                (HttpContext http, string locator) => NextPage(http, scope, locator));
        }
    }

    private static IResult Query(HttpContext http, QueryScope scope)
    {
        var soql = http.Request.Query["q"].ToString();
        if (string.IsNullOrWhiteSpace(soql))
        {
            return SalesforceResults.Error(
                StatusCodes.Status400BadRequest,
                "MALFORMED_QUERY",
                "A query string has to be specified");
        }

        var call = SalesforceCall.From(http);
        var pageSize = PageSize(http.Request.Headers["Sforce-Query-Options"].ToString());
        return Run(() => http.RequestServices.GetRequiredService<EmulatorDatabase>()
            .Read(connection => QueryEngine.Execute(connection, call, scope, soql, pageSize)));
    }

    private static IResult NextPage(HttpContext http, QueryScope scope, string locator)
    {
        var call = SalesforceCall.From(http);
        return Run(() => http.RequestServices.GetRequiredService<EmulatorDatabase>()
            .Read(connection => QueryEngine.Continue(connection, call, scope, locator)));
    }

    private static IResult Run(Func<QueryPage?> query)
    {
        try
        {
            var page = query();
            return page is null
                ? SalesforceResults.Error(
                    StatusCodes.Status400BadRequest,
                    "INVALID_QUERY_LOCATOR",
                    "invalid query locator")
                : SalesforceResults.Utf8Json(page.ToUtf8Json());
        }
        catch (SoqlException error)
        {
            return SalesforceResults.Error(StatusCodes.Status400BadRequest, error.ErrorCode, error.Message);
        }
    }

    /// <summary>Sforce-Query-Options: batchSize=N asks for pages of N (200..2000) instead of 2,000.</summary>
    private static int PageSize(string header)
    {
        var match = BatchSizePattern().Match(header);
        return match.Success
            ? Math.Clamp(
                int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                200,
                QueryEngine.DefaultPageSize)
            : QueryEngine.DefaultPageSize;
    }

    [GeneratedRegex(@"batchSize\s*=\s*([0-9]{1,6})", RegexOptions.IgnoreCase)]
    private static partial Regex BatchSizePattern();
}
