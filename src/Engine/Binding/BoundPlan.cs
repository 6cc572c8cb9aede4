using System.Collections.Immutable;
using Runbook.Engine.Binding.Bound;

namespace Runbook.Engine.Binding;

/// <summary>The plan block: its settings and the expectations the dry run must meet.</summary>
/// <param name="Properties">approvals, max_age, drift, as written.</param>
/// <param name="Expectations">The <c>expect</c> declarations, in order.</param>
public sealed record BoundPlan(ImmutableArray<BoundAttribute> Properties, ImmutableArray<BoundCondition> Expectations)
{
    /// <summary>A runbook without a plan block.</summary>
    public static BoundPlan Empty { get; } = new([], []);

    /// <summary>The property of that name, if set.</summary>
    public BoundAttribute? Find(string name) => Properties.FirstOrDefault(property => property.Name == name);
}
