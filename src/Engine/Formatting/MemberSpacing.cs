namespace Runbook.Engine.Formatting;

/// <summary>How members of a block are separated.</summary>
internal enum MemberSpacing
{
    /// <summary>The runbook's own members: different sorts of declaration are always a blank line apart.</summary>
    Declarations,

    /// <summary>Bodies and the plan block: blank lines are kept as the author wrote them.</summary>
    Kept,
}
