namespace Runbook.Engine.LanguageService;

/// <summary>What a completion suggestion inserts, so an editor can show the right icon.</summary>
public enum CompletionSuggestionKind
{
    /// <summary>A step kind, after <c>step NAME:</c>.</summary>
    StepKind,

    /// <summary>A connection kind, after <c>connection NAME:</c>.</summary>
    ConnectionKind,

    /// <summary>A param type, after <c>param NAME:</c>.</summary>
    Type,

    /// <summary>An attribute of the block being written.</summary>
    Attribute,

    /// <summary>A param's name, after <c>param.</c>.</summary>
    Param,

    /// <summary>A step's name, after <c>steps.</c>.</summary>
    Step,

    /// <summary>A step's output, after <c>steps.NAME.</c>.</summary>
    StepOutput,

    /// <summary>A connection's name, in an expression.</summary>
    Connection,

    /// <summary>A function, in an expression.</summary>
    Function,

    /// <summary>A keyword of the language.</summary>
    Keyword,
}
