using Runbook.Engine.Planning;

namespace Runbook.Engine.Execution.Journal;

/// <summary>The messages of the structured events, shared by every journal so the event log reads the same.</summary>
internal static class JournalMessages
{
    public static string Precondition(PlanCondition condition)
    {
        var verdict = condition.Error is { } error ? $"could not be evaluated: {error}"
            : condition.Result ? "holds" : "does not hold";
        var evidence = condition.Evidence.IsDefaultOrEmpty
            ? string.Empty
            : $" ({string.Join("; ", condition.Evidence.Select(item => $"{item.Subject}: {item.Fact}"))})";
        return $"Precondition '{condition.Condition}' {verdict}{evidence}.";
    }

    public static string Drift(string step, IReadOnlyList<string> differences) => differences.Count == 0
        ? $"{step}: no drift since the plan."
        : $"{step}: drift since the plan: {string.Join(" ", differences)}";
}
