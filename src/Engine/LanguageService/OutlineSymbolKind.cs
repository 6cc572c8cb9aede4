namespace Runbook.Engine.LanguageService;

/// <summary>What an entry of a runbook's outline is.</summary>
public enum OutlineSymbolKind
{
    /// <summary>A <c>param</c>.</summary>
    Param,

    /// <summary>A <c>connection</c>.</summary>
    Connection,

    /// <summary>A <c>require</c>.</summary>
    Requirement,

    /// <summary>A <c>step</c>.</summary>
    Step,

    /// <summary>The <c>plan</c> block.</summary>
    Plan,

    /// <summary>A property of a connection, a step or the plan block.</summary>
    Property,

    /// <summary>An <c>expect</c> of the plan block.</summary>
    Expectation,
}
