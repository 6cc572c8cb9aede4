using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Reporting;

/// <summary>
/// Hides secrets in report text. Plans never hold secrets, but a report also shows error messages, outputs and
/// progress notes written at run time, so it masks three ways: every known secret value wherever it appears;
/// values whose name says they are secret (<c>password</c>, <c>token</c>, ...); and text shaped like a
/// credential (a bearer token, a Salesforce session id, a JWT, <c>password=...</c>). The last two are
/// heuristics: they may hide an innocent value, which is the safe mistake.
/// </summary>
public sealed partial class SecretMasker
{
    /// <summary>Known secrets shorter than this are not searched for: they would hide ordinary words.</summary>
    public const int MinimumSecretLength = 4;

    private readonly ImmutableArray<string> _secrets;

    /// <summary>Creates a masker for these known secret values.</summary>
    public SecretMasker(IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);

        // Longest first, so a secret that contains another is replaced whole.
        _secrets = [.. secrets
            .Where(secret => secret.Length >= MinimumSecretLength)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(secret => secret.Length)];
    }

    /// <summary>True when a name says its value is a secret.</summary>
    public static bool IsSecretName(string name) => SecretName().IsMatch(name);

    /// <summary>The text with every known secret and every credential-shaped part replaced by <c>***</c>.</summary>
    public string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, SecretValue.Mask, StringComparison.Ordinal);
        }

        // A session id first: it is also what follows "Bearer", and its '!' would cut a bearer match short.
        text = SalesforceSession().Replace(text, SecretValue.Mask);
        text = BearerToken().Replace(text, "${scheme}" + SecretValue.Mask);
        text = JsonWebToken().Replace(text, SecretValue.Mask);
        return SecretAssignment().Replace(text, "${name}${separator}" + SecretValue.Mask);
    }

    /// <summary>The value, or the mask when its name says it is a secret.</summary>
    public string MaskNamed(string name, string value) => IsSecretName(name) ? SecretValue.Mask : Mask(value);

    /// <summary>Masks every string in a JSON tree, in place.</summary>
    public void MaskAll(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue text && text.TryGetValue<string>(out var content))
                    {
                        obj[key] = Mask(content);
                    }
                    else
                    {
                        MaskAll(value);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue text && text.TryGetValue<string>(out var content))
                    {
                        array[i] = Mask(content);
                    }
                    else
                    {
                        MaskAll(array[i]);
                    }
                }

                break;
        }
    }

    [GeneratedRegex(
        @"passw(or)?d|passphrase|(?<![a-z])pass(?![a-z])|secret|token|api[_-]?key|private[_-]?key|session[_-]?id" +
        @"|credential|authorization",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();

    [GeneratedRegex(
        @"(?<scheme>\bbearer\s+)[A-Za-z0-9\-._~+/]{8,}=*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerToken();

    /// <summary>An org id, an exclamation mark and the session's secret part, as Salesforce issues them.</summary>
    [GeneratedRegex(@"\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{20,}", RegexOptions.CultureInvariant)]
    private static partial Regex SalesforceSession();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]+", RegexOptions.CultureInvariant)]
    private static partial Regex JsonWebToken();

    /// <summary><c>password=x</c>, <c>token: x</c>, <c>"sessionId": "x"</c> and the like, in text and URLs.</summary>
    [GeneratedRegex(
        @"(?<name>\b(?:password|passwd|secret|client_secret|token|access_token|refresh_token|api[_-]?key" +
        @"|session[_-]?id)""?)" +
        @"(?<separator>\s*(?:=(?!=)|:)\s*""?)(?!\*\*\*)[^\s&""',;<>]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretAssignment();
}
