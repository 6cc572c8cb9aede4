using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Runbook.Engine.Planning;

/// <summary>
/// The plan file: what a dry run found and what a reviewer approves. Its format is documented in
/// docs/plan-file.md and docs/plan.schema.json; <see cref="FormatVersion"/> changes when it changes
/// incompatibly. Its <see cref="Id"/> is a hash of everything but the id and the approvals, so any edit to
/// what was planned makes apply refuse it.
/// </summary>
public sealed record PlanDocument
{
    /// <summary>The current format version.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The version of this file's format.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary><c>sha256:</c> and the hex digest of the canonical content without id and approvals.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The runbook planned, and the hash of its exact text.</summary>
    public required PlanRunbook Runbook { get; init; }

    /// <summary>The version of the tool that made the plan.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>When the plan was made.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who made it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>Every param's value; secrets are never among them.</summary>
    public ImmutableArray<PlanParameter> Parameters { get; init; } = [];

    /// <summary>Who each connection turned out to be.</summary>
    public ImmutableArray<PlanConnection> Connections { get; init; } = [];

    /// <summary>Each require, its result and evidence.</summary>
    public ImmutableArray<PlanCondition> Preconditions { get; init; } = [];

    /// <summary>Each step's planned actions and outputs.</summary>
    public ImmutableArray<PlanStep> Steps { get; init; } = [];

    /// <summary>Each expect of the plan block and its result.</summary>
    public ImmutableArray<PlanCondition> Expectations { get; init; } = [];

    /// <summary>What approval and apply require.</summary>
    public required PlanPolicy Policy { get; init; }

    /// <summary>True when every precondition and expectation holds and no step is blocked.</summary>
    public bool Valid { get; init; }

    /// <summary>Why the plan is not valid, in sentences.</summary>
    public ImmutableArray<string> Problems { get; init; } = [];

    /// <summary>True when the plan was applied with --auto-approve, with no human approval.</summary>
    public bool AutoApproved { get; init; }

    /// <summary>Approvals recorded with <c>runbook approve</c>.</summary>
    public ImmutableArray<PlanApproval> Approvals { get; init; } = [];
}

/// <summary>The runbook a plan was made from.</summary>
/// <param name="Name">The runbook's name.</param>
/// <param name="Path">Its path as given when planning.</param>
/// <param name="Sha256">The hex SHA-256 of its exact text.</param>
public sealed record PlanRunbook(string Name, string Path, string Sha256)
{
    /// <summary>Its title, if set.</summary>
    public string? Title { get; init; }

    /// <summary>Its version, if set.</summary>
    public string? Version { get; init; }
}

/// <summary>A param and the value planned with.</summary>
/// <param name="Name">The param's name.</param>
/// <param name="Type">Its type as written.</param>
/// <param name="Value">Its value as JSON: a string, number, bool, a duration as "6h", or an array.</param>
/// <param name="Given">True when it came from --param, false when from the default.</param>
public sealed record PlanParameter(string Name, string Type, JsonNode? Value, bool Given);

/// <summary>A connection's identity as observed when planning.</summary>
/// <param name="Name">The connection's name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Id">The org or company id.</param>
/// <param name="OrgType">sandbox or production, when known.</param>
public sealed record PlanConnection(string Name, string Kind, string Id, string? OrgType)
{
    /// <summary>Other facts about it (instance, user, API usage).</summary>
    public ImmutableSortedDictionary<string, string> Facts { get; init; } =
        ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>How the identity was established.</summary>
    public ImmutableArray<PlanEvidence> Evidence { get; init; } = [];
}

/// <summary>A fact looked at.</summary>
/// <param name="Subject">What it is about.</param>
/// <param name="Fact">The fact.</param>
/// <param name="Source"><c>observed</c> or <c>declared</c>.</param>
public sealed record PlanEvidence(string Subject, string Fact, string Source);

/// <summary>A require or expect and its result.</summary>
/// <param name="Condition">The condition as written.</param>
/// <param name="Because">Its reason, if given.</param>
/// <param name="Result">True when it held.</param>
public sealed record PlanCondition(string Condition, string? Because, bool Result)
{
    /// <summary>What the functions in it looked at.</summary>
    public ImmutableArray<PlanEvidence> Evidence { get; init; } = [];

    /// <summary>Why it could not be evaluated, if it could not.</summary>
    public string? Error { get; init; }
}

/// <summary>One step's plan.</summary>
/// <param name="Name">The step's name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Skipped">True when its <c>when</c> was false.</param>
public sealed record PlanStep(string Name, string Kind, bool Skipped)
{
    /// <summary>Its human title.</summary>
    public string? Title { get; init; }

    /// <summary>Its attributes as evaluated, secrets masked, connections by name.</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; init; } =
        ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>What it would do.</summary>
    public ImmutableArray<PlanAction> Actions { get; init; } = [];

    /// <summary>Its planned outputs.</summary>
    public ImmutableSortedDictionary<string, JsonNode?> Outputs { get; init; } =
        ImmutableSortedDictionary<string, JsonNode?>.Empty;

    /// <summary>The live facts its plan relied on.</summary>
    public ImmutableArray<PlanFactRecord> Facts { get; init; } = [];

    /// <summary>What it looked at.</summary>
    public ImmutableArray<PlanEvidence> Evidence { get; init; } = [];

    /// <summary>What a reviewer should know.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>Why it cannot run as planned.</summary>
    public ImmutableArray<string> Blockers { get; init; } = [];
}

/// <summary>One planned action.</summary>
/// <param name="Description">What would happen.</param>
/// <param name="Mutating">True when it changes a system.</param>
public sealed record PlanAction(string Description, bool Mutating);

/// <summary>A live fact a step's plan relied on.</summary>
/// <param name="Name">What the fact is.</param>
/// <param name="Value">Its value when planned.</param>
/// <param name="Tolerance"><c>exact</c> or <c>growth</c> (may grow by the drift percentage).</param>
public sealed record PlanFactRecord(string Name, JsonNode? Value, string Tolerance);

/// <summary>The plan block's rules for approval and apply.</summary>
/// <param name="Approvals">Approvals required from people other than the plan's creator.</param>
/// <param name="MaxAge">How long the plan stays valid, as a duration such as "24h".</param>
/// <param name="Drift">How much, in percent, a counted fact may grow before apply refuses.</param>
public sealed record PlanPolicy(long Approvals, string MaxAge, long Drift);

/// <summary>One approval.</summary>
/// <param name="By">Who approved.</param>
/// <param name="At">When.</param>
/// <param name="PlanId">The plan id approved; an approval of another id does not count.</param>
public sealed record PlanApproval(string By, DateTimeOffset At, string PlanId)
{
    /// <summary>What the approver said.</summary>
    public string? Comment { get; init; }
}
