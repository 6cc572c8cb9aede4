namespace Runbook.Engine.Planning;

/// <summary>
/// Records and counts approvals. An approval names the plan id it approves, so it never carries over to a
/// different plan. The plan's creator may not approve their own plan: approvals must come from others.
/// </summary>
public static class Approvals
{
    /// <summary>The plan with one more approval; refuses approvals that would not count.</summary>
    public static PlanDocument Approve(PlanDocument plan, string by, string? comment, DateTimeOffset now)
    {
        by = by.Trim();
        if (by.Length == 0)
        {
            throw new ApprovalException("--by must name the person approving.");
        }

        if (PlanFile.ComputeId(plan) != plan.Id)
        {
            throw new ApprovalException(
                "The plan file was edited after it was made (its id no longer matches its content); " +
                "make the plan again.");
        }

        if (!plan.Valid)
        {
            throw new ApprovalException(
                $"The plan is not valid, so it cannot be approved: {string.Join(" ", plan.Problems)}");
        }

        if (string.Equals(by, plan.CreatedBy, StringComparison.OrdinalIgnoreCase))
        {
            throw new ApprovalException($"{by} made this plan; another person must approve it.");
        }

        if (plan.Approvals.Any(approval => string.Equals(approval.By, by, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ApprovalException($"{by} has already approved this plan; each person approves once.");
        }

        var approval = new PlanApproval(by, now, plan.Id)
        {
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment,
        };
        return plan with { Approvals = plan.Approvals.Add(approval) };
    }

    /// <summary>The approvals that count: one per person, not the creator's, for this very plan id.</summary>
    public static int Count(PlanDocument plan) => plan.Approvals
        .Where(approval => approval.PlanId == plan.Id)
        .Where(approval => !string.Equals(approval.By, plan.CreatedBy, StringComparison.OrdinalIgnoreCase))
        .Select(approval => approval.By.ToUpperInvariant())
        .Distinct()
        .Count();
}
