using System.Collections.Immutable;

namespace Runbook.Engine.Planning;

/// <summary>
/// apply will not run this plan; every reason is listed, each saying what to do. Nothing was executed.
/// </summary>
public sealed class ApplyRefusedException(IEnumerable<string> reasons)
    : Exception("apply refused: " + string.Join(" ", reasons))
{
    /// <summary>Why, one sentence each.</summary>
    public ImmutableArray<string> Reasons { get; } = [.. reasons];
}
