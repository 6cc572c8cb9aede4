using System.Collections.Immutable;

namespace Runbook.Cli;

/// <summary>Reads <c>--param NAME=VALUE</c> options.</summary>
internal static class ParamOptions
{
    public static ImmutableDictionary<string, string> Parse(IEnumerable<string>? values)
    {
        var parsed = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var value in values ?? [])
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException($"--param {value}: write NAME=VALUE, for example --param sandbox=uat.");
            }

            var name = value[..equals].Trim();
            if (parsed.ContainsKey(name))
            {
                throw new UsageException($"--param {name} is given twice; give each param once.");
            }

            parsed[name] = value[(equals + 1)..];
        }

        return parsed.ToImmutable();
    }
}
