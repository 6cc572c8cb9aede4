using System.Collections.Immutable;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Plugins;

/// <summary>What a step would do, found out without changing anything.</summary>
public sealed record StepPlan
{
    /// <summary>The actions, in order.</summary>
    public ImmutableArray<PlannedAction> Actions { get; init; } = [];

    /// <summary>The outputs' planned values; later steps and the plan block see them during the dry run.</summary>
    public ImmutableDictionary<string, object?> Outputs { get; init; } = ImmutableDictionary<string, object?>.Empty;

    /// <summary>The live facts the plan relied on, checked again before the step runs.</summary>
    public ImmutableArray<PlanFact> Facts { get; init; } = [];

    /// <summary>What the step looked at.</summary>
    public ImmutableArray<Evidence> Evidence { get; init; } = [];

    /// <summary>Things a reviewer should know that do not stop the plan.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>Reasons the step cannot run as planned (a refresh too early); any makes the plan invalid.</summary>
    public ImmutableArray<string> Blockers { get; init; } = [];
}
