using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using Runbook.Engine.Planning;
using Runbook.Engine.Plugins;

namespace Runbook.Engine.Execution;

/// <summary>
/// Compares live facts with those a plan relied on. Identities and exact facts must be unchanged; counted
/// facts may shrink, and may grow by at most the plan's drift percentage.
/// </summary>
public static class DriftCheck
{
    /// <summary>One sentence per connection whose identity is not what the plan recorded.</summary>
    public static IEnumerable<string> CompareIdentities(
        PlanDocument plan,
        IReadOnlyDictionary<string, ConnectionHandle> connections)
    {
        foreach (var recorded in plan.Connections)
        {
            if (!connections.TryGetValue(recorded.Name, out var handle))
            {
                yield return $"Connection '{recorded.Name}' is no longer declared in the runbook.";
                continue;
            }

            var now = handle.Identity;
            if (now.Id != recorded.Id || now.OrgType != recorded.OrgType)
            {
                yield return $"Connection '{recorded.Name}' now reaches " +
                    $"{Describe(now.Id, now.OrgType)}, but the plan was made for " +
                    $"{Describe(recorded.Id, recorded.OrgType)}. Make the plan again against the intended system.";
            }
        }
    }

    /// <summary>One sentence per fact of a step that moved beyond its tolerance.</summary>
    public static IEnumerable<string> CompareFacts(PlanStep planned, ImmutableArray<PlanFact> now, long driftPercent)
    {
        var current = now.ToDictionary(fact => fact.Name, StringComparer.Ordinal);
        foreach (var fact in planned.Facts)
        {
            if (!current.TryGetValue(fact.Name, out var live))
            {
                yield return $"Step '{planned.Name}': '{fact.Name}' can no longer be observed.";
                continue;
            }

            if (fact.Tolerance == "growth"
                && fact.Value is JsonValue plannedValue
                && plannedValue.TryGetValue<long>(out var before)
                && live.Value is long after)
            {
                var limit = before + (long)Math.Floor(before * driftPercent / 100.0);
                if (after > limit)
                {
                    yield return $"Step '{planned.Name}': {fact.Name} grew from {Format(before)} " +
                        $"to {Format(after)}, more than the " +
                        $"plan's drift of {driftPercent}% allows. Make the plan again and have it reviewed.";
                }

                continue;
            }

            var liveJson = PlanValues.ToJson(live.Value)?.ToJsonString();
            if (liveJson != fact.Value?.ToJsonString())
            {
                yield return $"Step '{planned.Name}': {fact.Name} was {fact.Value?.ToJsonString()} when planned " +
                    $"and is {liveJson} now.";
            }
        }
    }

    private static string Describe(string id, string? orgType) => orgType is null ? id : $"{id} ({orgType})";

    private static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
