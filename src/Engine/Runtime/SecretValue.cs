namespace Runbook.Engine.Runtime;

/// <summary>
/// A value that came from <c>secret(...)</c>. It never prints itself: <see cref="ToString"/> and every
/// rendering the engine does show <see cref="Mask"/>. Only a plugin that sends it to a system calls
/// <see cref="Reveal"/>.
/// </summary>
public sealed class SecretValue : IEquatable<SecretValue>
{
    /// <summary>What is shown wherever a secret would be.</summary>
    public const string Mask = "***";

    private readonly string _value;

    /// <summary>Wraps a secret; <paramref name="name"/> is where it came from, which may be shown.</summary>
    public SecretValue(string name, string value)
    {
        Name = name;
        _value = value;
    }

    /// <summary>The name it was read under, e.g. <c>SF_PASSWORD</c>.</summary>
    public string Name { get; }

    /// <summary>The secret itself, for the one place that sends it.</summary>
    public string Reveal() => _value;

    /// <inheritdoc />
    public override string ToString() => Mask;

    /// <inheritdoc />
    public bool Equals(SecretValue? other)
        => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SecretValue);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);
}
