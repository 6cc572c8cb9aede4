using System.Collections.Immutable;

namespace Runbook.Engine.Plugins;

/// <summary>What a step did.</summary>
/// <param name="Outputs">The outputs' actual values.</param>
public sealed record StepOutcome(ImmutableDictionary<string, object?> Outputs)
{
    /// <summary>Facts worth a line in the report, e.g. records deleted per object.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
