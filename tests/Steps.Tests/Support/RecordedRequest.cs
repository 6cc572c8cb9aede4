using System.Net.Http.Headers;

namespace Runbook.Steps.Tests.Support;

/// <summary>A request the fake handler received, captured before its content is disposed.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    AuthenticationHeaderValue? Authorization,
    string? ContentType,
    string Body,
    DateTimeOffset At)
{
    public string Path => Uri.AbsolutePath;

    public string Query => Uri.Query;

    /// <summary>The decoded value of one query parameter.</summary>
    public string? QueryValue(string name)
    {
        foreach (var pair in Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (Uri.UnescapeDataString(parts[0]) == name)
            {
                return parts.Length > 1 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : "";
            }
        }

        return null;
    }

    /// <summary>The decoded fields of a form-encoded body.</summary>
    public IReadOnlyDictionary<string, string> Form() =>
        Body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(
                p => Uri.UnescapeDataString(p[0].Replace('+', ' ')),
                p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "");

    public override string ToString() => $"{Method} {Uri}";
}
