using System.Collections.Immutable;

namespace Runbook.Engine.Reporting;

/// <summary>The plan the run executed, and who approved it.</summary>
/// <param name="Id">The plan id (<c>sha256:...</c>).</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="CreatedBy">Who made it.</param>
/// <param name="ToolVersion">The version of the tool that made it.</param>
/// <param name="Valid">True when every precondition and expectation held and no step was blocked.</param>
/// <param name="AutoApproved">True when it was applied with --auto-approve: no human approved it.</param>
/// <param name="ApprovalsRequired">How many approvals from other people it needed.</param>
/// <param name="ApprovalSummary">One sentence: who approved, or that no human did.</param>
/// <param name="MaxAge">How long it stayed valid.</param>
/// <param name="Drift">How much, in percent, a counted fact could grow.</param>
public sealed record ReportPlan(
    string Id,
    string CreatedAt,
    string CreatedBy,
    string ToolVersion,
    bool Valid,
    bool AutoApproved,
    long ApprovalsRequired,
    string ApprovalSummary,
    string MaxAge,
    long Drift)
{
    /// <summary>Each approval recorded.</summary>
    public ImmutableArray<ReportApproval> Approvals { get; init; } = [];

    /// <summary>Why it was not valid.</summary>
    public ImmutableArray<string> Problems { get; init; } = [];
}
