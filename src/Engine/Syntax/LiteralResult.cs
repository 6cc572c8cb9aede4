namespace Runbook.Engine.Syntax;

/// <summary>The value of a literal, or why there is none.</summary>
public readonly record struct LiteralResult<T>(T Value, LiteralError Error)
{
    /// <summary>True when the literal was read.</summary>
    public bool IsSuccess => Error == LiteralError.None;

    internal static LiteralResult<T> Succeeded(T value) => new(value, LiteralError.None);

    internal static LiteralResult<T> Failed(LiteralError error) => new(default!, error);
}
