namespace Runbook.Steps.Http;

/// <summary>
/// Removes known secret values from text that came from a server (error descriptions can echo what was sent)
/// before that text goes into an exception message or a log line.
/// </summary>
internal static class SecretRedactor
{
    // Very short values would blank out ordinary words; real secrets are never this short.
    private const int MinimumLength = 4;

    public static string Scrub(string? text, IEnumerable<Secret?> secrets)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var secret in secrets)
        {
            var value = secret?.Reveal();
            if (value is { Length: >= MinimumLength })
            {
                text = text.Replace(value, Secret.Redacted, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
