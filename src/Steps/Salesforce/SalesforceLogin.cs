using Runbook.Steps.Http;

namespace Runbook.Steps.Salesforce;

/// <summary>
/// Who logs in to Salesforce and where. The token is always requested with
/// <c>POST {LoginUrl}/services/oauth2/token</c>, so <see cref="LoginUrl"/> may be a real login host or any
/// base URL that serves that path (such as the emulator's <c>B/salesforce/test</c>).
/// </summary>
public sealed record SalesforceLogin
{
    /// <summary>The login host of production orgs.</summary>
    public static Uri ProductionLoginUrl { get; } = new("https://login.salesforce.com");

    /// <summary>The login host of sandbox orgs.</summary>
    public static Uri SandboxLoginUrl { get; } = new("https://test.salesforce.com");

    /// <summary>The login base URL; the token path is appended to it.</summary>
    public required Uri LoginUrl { get; init; }

    /// <summary>The connected app's consumer key.</summary>
    public required string ClientId { get; init; }

    /// <summary>The connected app's consumer secret, when the app requires one.</summary>
    public Secret? ClientSecret { get; init; }

    /// <summary>The user name, for the username-password flow (a sandbox user ends in <c>.sandboxname</c>).</summary>
    public string? Username { get; init; }

    /// <summary>The password, with the user's security token appended when the org requires one.</summary>
    public Secret? Password { get; init; }

    /// <summary>A refresh token. When set, the refresh-token flow is used instead of the password flow.</summary>
    public Secret? RefreshToken { get; init; }

    /// <summary>The URL every token request goes to.</summary>
    public Uri TokenUrl => new(LoginUrl.AbsoluteUri.TrimEnd('/') + "/services/oauth2/token");

    /// <summary>Who the log says logged in; never a secret.</summary>
    internal string Principal => Username ?? "(refresh token)";

    internal IEnumerable<Secret?> Secrets => [ClientSecret, Password, RefreshToken];

    internal IReadOnlyList<KeyValuePair<string, string>> TokenForm()
    {
        var form = new List<KeyValuePair<string, string>>();

        if (RefreshToken is not null)
        {
            form.Add(new("grant_type", "refresh_token"));
            form.Add(new("refresh_token", RefreshToken.Reveal()));
        }
        else if (Username is not null && Password is not null)
        {
            form.Add(new("grant_type", "password"));
            form.Add(new("username", Username));
            form.Add(new("password", Password.Reveal()));
        }
        else
        {
            throw new InvalidOperationException(
                "A Salesforce login needs either a refresh token or both a user name and a password.");
        }

        form.Add(new("client_id", ClientId));
        if (ClientSecret is not null)
        {
            form.Add(new("client_secret", ClientSecret.Reveal()));
        }

        return form;
    }
}
