namespace Runbook.Engine.LanguageService;

/// <summary>What a name in a runbook stands for, as the editor features see it.</summary>
internal enum LanguageSymbolKind
{
    /// <summary>A <c>param</c>, declared or read as <c>param.NAME</c>.</summary>
    Param,

    /// <summary>A <c>connection</c>, declared or named by its bare name.</summary>
    Connection,

    /// <summary>A <c>step</c>, declared or read as <c>steps.NAME</c>.</summary>
    Step,

    /// <summary>The OUTPUT of <c>steps.NAME.OUTPUT</c>.</summary>
    StepOutput,

    /// <summary>The kind after <c>step NAME:</c>.</summary>
    StepKind,

    /// <summary>The kind after <c>connection NAME:</c>.</summary>
    ConnectionKind,

    /// <summary>The name of a <c>name = value</c> property of a block.</summary>
    Attribute,

    /// <summary>The name of a called function.</summary>
    Function,
}
