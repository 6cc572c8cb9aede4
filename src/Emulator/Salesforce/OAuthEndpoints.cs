using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Runbook.Emulator.Hosting;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>
/// The OAuth 2.0 token endpoint of the two login hosts. The org is chosen by host and username together, as on
/// Salesforce where a sandbox user exists only behind test.salesforce.com.
/// </summary>
internal static class OAuthEndpoints
{
    public const string ProductionHost = "login";
    public const string SandboxHost = "test";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(
            "/salesforce/{host}/services/oauth2/token",
            (HttpContext http, string host) => TokenAsync(http, host));
    }

    private static async Task<IResult> TokenAsync(HttpContext http, string host)
    {
        if (host is not (ProductionHost or SandboxHost))
        {
            return Results.NotFound();
        }

        if (!http.Request.HasFormContentType)
        {
            return OAuthError("invalid_request", "request must be application/x-www-form-urlencoded");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var clientId = form["client_id"].ToString();
        var clientSecret = form["client_secret"].ToString();
        if (clientId.Length == 0)
        {
            return OAuthError("invalid_client_id", "client identifier invalid");
        }

        return form["grant_type"].ToString() switch
        {
            "password" when clientSecret.Length == 0 => OAuthError("invalid_client", "invalid client credentials"),
            "password" => PasswordGrant(http, host, clientSecret, form),
            "refresh_token" => RefreshGrant(http, host, clientSecret, form["refresh_token"].ToString()),
            _ => OAuthError("unsupported_grant_type", "grant type not supported"),
        };
    }

    private static IResult PasswordGrant(HttpContext http, string host, string clientSecret, IFormCollection form)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<EmulatorOptions>();
        var logger = services.GetRequiredService<ILogger<EmulatorServer>>();
        var username = form["username"].ToString();
        var now = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();

        // Refresh tokens are not part of the real username-password flow; the emulator hands one out only when
        // the scope asks for it, so that clients can exercise the refresh_token grant.
        var scope = form["scope"].ToString();
        var wantsRefresh = scope.Contains("refresh_token", StringComparison.Ordinal)
            || scope.Contains("offline_access", StringComparison.Ordinal);

        var issued = services.GetRequiredService<EmulatorDatabase>().Read(connection =>
        {
            var org = OrgStore.FindByLogin(connection, username, host);
            if (org is null || !string.Equals(form["password"].ToString(), options.Password, StringComparison.Ordinal))
            {
                return null;
            }

            var access = SalesforceSessions.Issue(connection, org, SalesforceSessions.AccessKind, now);
            var refresh = wantsRefresh
                ? SalesforceSessions.Issue(connection, org, SalesforceSessions.RefreshKind, now)
                : null;
            return new IssuedTokens(org, access, refresh);
        });

        if (issued is null)
        {
            EmulatorLog.SalesforceLoginRefused(logger, username, host);
            return OAuthError("invalid_grant", "authentication failure");
        }

        EmulatorLog.SalesforceLogin(logger, username, host, issued.Org.Key);
        return TokenResponse(http, issued, clientSecret, now);
    }

    private static IResult RefreshGrant(HttpContext http, string host, string clientSecret, string refreshToken)
    {
        var services = http.RequestServices;
        var now = services.GetRequiredService<EmulatorOptions>().TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var issued = services.GetRequiredService<EmulatorDatabase>().Read(connection =>
        {
            var org = SalesforceSessions.Validate(connection, refreshToken, SalesforceSessions.RefreshKind, now);
            if (org is null || org.LoginHost != host)
            {
                return null;
            }

            var access = SalesforceSessions.Issue(connection, org, SalesforceSessions.AccessKind, now);
            return new IssuedTokens(org, access, null);
        });

        return issued is null
            ? OAuthError("invalid_grant", "expired access/refresh token")
            : TokenResponse(http, issued, clientSecret, now);
    }

    private static IResult TokenResponse(HttpContext http, IssuedTokens issued, string clientSecret, long now)
    {
        var instanceUrl = $"{http.Request.Scheme}://{http.Request.Host}";
        var id = $"{instanceUrl}/id/{issued.Org.OrgId}/{issued.Org.UserId}";
        var issuedAt = now.ToString(CultureInfo.InvariantCulture);

        // Salesforce signs id + issued_at with the consumer secret so that clients can check the response.
        var key = Encoding.UTF8.GetBytes(clientSecret.Length == 0 ? "emulator" : clientSecret);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(id + issuedAt)));

        var body = new JsonObject { ["access_token"] = issued.AccessToken };
        if (issued.RefreshToken is not null)
        {
            body["refresh_token"] = issued.RefreshToken;
        }

        body["instance_url"] = instanceUrl;
        body["id"] = id;
        body["token_type"] = "Bearer";
        body["issued_at"] = issuedAt;
        body["signature"] = signature;
        return SalesforceResults.Json(body);
    }

    private static IResult OAuthError(string error, string description) => SalesforceResults.Json(
        new JsonObject { ["error"] = error, ["error_description"] = description },
        StatusCodes.Status400BadRequest);

    private sealed record IssuedTokens(OrgRecord Org, string AccessToken, string? RefreshToken);
}
