namespace Runbook.Engine.Syntax;

/// <summary>Why a literal could not be read.</summary>
public enum LiteralError
{
    /// <summary>No error.</summary>
    None,

    /// <summary>An underscore that does not stand between two digits.</summary>
    InvalidDigitSeparator,

    /// <summary>A value too large for its type.</summary>
    TooLarge,

    /// <summary>A duration whose unit is not s, m, h or d.</summary>
    InvalidDurationUnit,
}
