using System.Collections.Immutable;
using Runbook.Engine.Binding.Bound;

namespace Runbook.Engine.Binding;

/// <summary>A whole runbook after binding: what planning and execution work from.</summary>
public sealed record BoundRunbook
{
    /// <summary>The runbook's name.</summary>
    public required string Name { get; init; }

    /// <summary>title, version, description and owner, as written.</summary>
    public required ImmutableArray<BoundAttribute> Properties { get; init; }

    /// <summary>The params, in order.</summary>
    public required ImmutableArray<ParamSymbol> Params { get; init; }

    /// <summary>The connections, in order.</summary>
    public required ImmutableArray<BoundConnection> Connections { get; init; }

    /// <summary>The preconditions, in order.</summary>
    public required ImmutableArray<BoundCondition> Requirements { get; init; }

    /// <summary>The steps, in run order.</summary>
    public required ImmutableArray<BoundStep> Steps { get; init; }

    /// <summary>The plan block, or an empty one.</summary>
    public required BoundPlan Plan { get; init; }

    /// <summary>The runbook property of that name (title, version, ...), if set.</summary>
    public BoundAttribute? FindProperty(string name) => Properties.FirstOrDefault(property => property.Name == name);
}
