namespace Runbook.Engine.Binding;

/// <summary>The shapes a value can have.</summary>
public enum RunbookTypeKind
{
    /// <summary>Text.</summary>
    String,

    /// <summary>A 64-bit whole number.</summary>
    Int,

    /// <summary>True or false.</summary>
    Bool,

    /// <summary>A length of time.</summary>
    Duration,

    /// <summary>A list whose items share one type.</summary>
    List,

    /// <summary>A connection to a system, of a given connection kind.</summary>
    Connection,

    /// <summary>A value whose type is not known yet, such as a function result with no schema loaded.</summary>
    Unknown,

    /// <summary>The type of an expression that already has an error; it fits anywhere to avoid cascades.</summary>
    Error,
}
