namespace Runbook.Steps.Salesforce;

/// <summary>One entry of the limits resource.</summary>
/// <param name="Max">The allocation.</param>
/// <param name="Remaining">What is left of it.</param>
public readonly record struct ApiLimit(long Max, long Remaining)
{
    /// <summary>What has been used.</summary>
    public long Used => Max - Remaining;
}
