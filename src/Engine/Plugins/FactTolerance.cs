namespace Runbook.Engine.Plugins;

/// <summary>How much a fact recorded at plan time may change before apply refuses.</summary>
public enum FactTolerance
{
    /// <summary>It must be exactly the same (an org id, a sandbox's licence type).</summary>
    Exact,

    /// <summary>It may shrink freely and grow by at most the plan's <c>drift</c> percentage (a record count).</summary>
    GrowthWithinDrift,
}
