using Runbook.Engine.Syntax;

namespace Runbook.Engine.Planning;

/// <summary>
/// The checks apply makes before touching anything, from the plan file and the runbook's text alone. The
/// checks against live systems (identities, preconditions, drift) are made by the executor.
/// </summary>
public static class ApplyGate
{
    /// <summary>Every reason not to apply; empty when the plan may run.</summary>
    public static IReadOnlyList<string> Check(PlanDocument plan, string runbookText, DateTimeOffset now)
    {
        var reasons = CheckIntegrity(plan, runbookText);

        if (!plan.Valid)
        {
            reasons.Add("The plan is not valid: " + string.Join(" ", plan.Problems));
        }

        var approvals = Approvals.Count(plan);
        if (!plan.AutoApproved && approvals < plan.Policy.Approvals)
        {
            reasons.Add($"The plan needs {plan.Policy.Approvals} approval(s) " +
                $"from people other than {plan.CreatedBy} and has {approvals}. " +
                "Ask a reviewer to run 'runbook approve PLAN --by NAME'.");
        }

        var maxAge = LiteralGrammar.ParseDuration(plan.Policy.MaxAge).Value;
        var age = now - plan.CreatedAt;
        if (age > maxAge)
        {
            reasons.Add($"The plan is " +
                $"{LiteralGrammar.FormatDuration(TimeSpan.FromMinutes(Math.Floor(age.TotalMinutes)))} old; " +
                $"plans expire after {plan.Policy.MaxAge} (max_age). Make the plan again.");
        }

        return reasons;
    }

    /// <summary>
    /// The checks a resumed run makes: the plan and the runbook are still exactly those that started it. Age
    /// and approvals were checked when the run started; a run waiting days for a person stays resumable.
    /// </summary>
    public static List<string> CheckIntegrity(PlanDocument plan, string runbookText)
    {
        var reasons = new List<string>();
        if (PlanFile.ComputeId(plan) != plan.Id)
        {
            reasons.Add(
                "The plan file was edited after it was made: its id no longer matches its content. " +
                "Make the plan again.");
        }

        if (Planner.HashText(runbookText) != plan.Runbook.Sha256)
        {
            reasons.Add(
                $"The runbook {plan.Runbook.Path} changed after the plan was made. Make and approve a new plan.");
        }

        return reasons;
    }
}
