using System.Globalization;
using System.Text.RegularExpressions;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>
/// Runs before every /services/data/vXX.X route: checks the API version (58.0 and up), the bearer token and the
/// org's daily allocation, counts the call, and sets Sforce-Limit-Info on the answer.
/// </summary>
internal static partial class SalesforceApiFilter
{
    public const int OldestVersion = 58;

    public static async ValueTask<object?> InvokeAsync(
        EndpointFilterInvocationContext context,
        EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var version = http.Request.RouteValues["version"] as string ?? "";
        var match = VersionPattern().Match(version);
        if (!match.Success || int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) < OldestVersion)
        {
            return SalesforceResults.NotFound();
        }

        var token = BearerToken(http.Request.Headers.Authorization.ToString());
        if (token is null)
        {
            return SalesforceResults.InvalidSession();
        }

        var services = http.RequestServices;
        var options = services.GetRequiredService<EmulatorOptions>();
        var now = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var (org, used, refused) = await services.GetRequiredService<EmulatorDatabase>().WriteAsync(connection =>
        {
            var org = SalesforceSessions.Validate(connection, token, SalesforceSessions.AccessKind, now);
            if (org is null)
            {
                return ((OrgRecord?)null, 0L, false);
            }

            var before = ApiUsage.Used(connection, org.OrgNo, now);
            return before >= options.ApiRequestLimit
                ? (org, before, true)
                : (org, ApiUsage.Count(connection, org.OrgNo, now), false);
        });

        if (org is null)
        {
            return SalesforceResults.InvalidSession();
        }

        http.Response.Headers["Sforce-Limit-Info"] = $"api-usage={used}/{options.ApiRequestLimit}";
        if (refused)
        {
            return SalesforceResults.Error(
                StatusCodes.Status403Forbidden,
                "REQUEST_LIMIT_EXCEEDED",
                "TotalRequests Limit exceeded.");
        }

        http.Items[typeof(SalesforceCall)] = new SalesforceCall(org, version, now);
        return await next(context);
    }

    private static string? BearerToken(string header)
    {
        foreach (var scheme in new[] { "Bearer ", "OAuth " })
        {
            if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length)
            {
                return header[scheme.Length..].Trim();
            }
        }

        return null;
    }

    [GeneratedRegex(@"^v([0-9]{2,3})\.0$")]
    private static partial Regex VersionPattern();
}
