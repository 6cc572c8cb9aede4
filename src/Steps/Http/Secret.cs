using System.Diagnostics;

namespace Runbook.Steps.Http;

/// <summary>
/// A password, client secret, token or session id. The value never shows in <see cref="ToString"/>, string
/// interpolation, log placeholders, records that hold it or JSON serialisation (it has no public properties);
/// only <see cref="Reveal"/> gives it, at the single point where a request is built.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Secret : IEquatable<Secret>
{
    /// <summary>What every secret prints as.</summary>
    public const string Redacted = "***";

    private readonly string _value;

    /// <summary>Wraps a secret value. Empty values are refused: they are always a configuration mistake.</summary>
    public Secret(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _value = value;
    }

    /// <summary>The real value. Call it only where the value goes on the wire.</summary>
    public string Reveal() => _value;

    /// <inheritdoc />
    public override string ToString() => Redacted;

    /// <inheritdoc />
    public bool Equals(Secret? other) =>
        other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Secret);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);
}
