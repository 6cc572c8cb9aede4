namespace Runbook.Engine.Syntax;

/// <summary>Which block the parser is reading members of; each admits different members.</summary>
internal enum MemberContext
{
    /// <summary>Directly inside <c>runbook "name" { }</c>.</summary>
    Runbook,

    /// <summary>Inside <c>plan { }</c>.</summary>
    Plan,

    /// <summary>Inside the body of a connection or a step.</summary>
    Body,
}
