using System.Collections.Immutable;

namespace Runbook.Engine.Runtime;

/// <summary>
/// Where <c>env("NAME")</c> and <c>secret("NAME")</c> read from: a secrets file given with <c>--secrets</c>
/// first, then the process environment.
/// </summary>
public sealed class ExternalValues
{
    private readonly ImmutableDictionary<string, string> _file;
    private readonly Func<string, string?> _environment;

    /// <summary>Creates the sources; <paramref name="environment"/> defaults to the process environment.</summary>
    public ExternalValues(
        ImmutableDictionary<string, string>? secretsFile = null,
        Func<string, string?>? environment = null)
    {
        _file = secretsFile ?? ImmutableDictionary<string, string>.Empty;
        _environment = environment ?? Environment.GetEnvironmentVariable;
    }

    /// <summary>The value of <paramref name="name"/>, or null when neither source has it.</summary>
    public string? Find(string name) => _file.TryGetValue(name, out var value) ? value : _environment(name);
}
