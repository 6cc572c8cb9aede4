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

    /// <summary>True when a secrets file was given.</summary>
    public bool HasSecretsFile => !_file.IsEmpty;

    /// <summary>The value of <paramref name="name"/>, or null when neither source has it.</summary>
    public string? Find(string name) => _file.TryGetValue(name, out var value) ? value : _environment(name);

    /// <summary>
    /// Every value from the secrets file and those environment values the runbook asked for, for masking output.
    /// </summary>
    public IEnumerable<string> SecretFileValues => _file.Values;
}
