namespace Runbook.Steps.Salesforce;

/// <summary>The org's limits, from <c>GET /services/data/vXX.X/limits/</c>.</summary>
/// <param name="All">Every limit by name, such as <c>DailyApiRequests</c>.</param>
public sealed record OrgLimits(IReadOnlyDictionary<string, ApiLimit> All)
{
    /// <summary>The rolling 24-hour API request allocation, if the org reported it.</summary>
    public ApiLimit? DailyApiRequests => All.TryGetValue("DailyApiRequests", out var limit) ? limit : null;
}
