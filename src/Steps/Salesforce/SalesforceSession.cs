using Runbook.Steps.Http;

namespace Runbook.Steps.Salesforce;

/// <summary>An OAuth access token and the instance it is valid for.</summary>
/// <param name="AccessToken">The bearer token.</param>
/// <param name="InstanceUrl">The base URL of every REST call.</param>
/// <param name="IdentityUrl">The identity URL, <c>.../id/{orgId}/{userId}</c>.</param>
/// <param name="IssuedAt">When the token was issued, if the server said.</param>
public sealed record SalesforceSession(
    Secret AccessToken,
    Uri InstanceUrl,
    string? IdentityUrl,
    DateTimeOffset? IssuedAt)
{
    /// <summary>The org id from the identity URL, if it has the usual shape.</summary>
    public string? OrganizationId => IdentityPart(2);

    /// <summary>The user id from the identity URL, if it has the usual shape.</summary>
    public string? UserId => IdentityPart(1);

    private string? IdentityPart(int fromEnd)
    {
        if (IdentityUrl is null || !Uri.TryCreate(IdentityUrl, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Trim('/').Split('/');
        return segments.Length >= 3 && segments[^3] == "id" ? segments[^fromEnd] : null;
    }
}
