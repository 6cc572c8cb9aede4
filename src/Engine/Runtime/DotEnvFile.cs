using System.Collections.Immutable;

namespace Runbook.Engine.Runtime;

/// <summary>
/// Reads a secrets file in dotenv format: <c>NAME=value</c> lines, blank lines and <c>#</c> comments, an
/// optional <c>export </c> prefix, and values optionally in single or double quotes.
/// </summary>
public static class DotEnvFile
{
    /// <summary>Parses the text; a malformed line is an error that names its line number but never its value.</summary>
    public static ImmutableDictionary<string, string> Parse(string text, string path)
    {
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var lines = text.ReplaceLineEndings("\n").Split('\n');

        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line["export ".Length..].TrimStart();
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? line[..equals].Trim() : string.Empty;
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new EvaluationException(
                    $"{path}, line {index + 1}: expected NAME=value; names use letters, digits and '_'.");
            }

            values[name] = Unquote(line[(equals + 1)..].Trim());
        }

        return values.ToImmutable();
    }

    private static string Unquote(string value)
        => value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'')
            ? value[1..^1]
            : value;
}
