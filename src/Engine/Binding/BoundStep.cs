using System.Collections.Immutable;
using Runbook.Engine.Binding.Bound;

namespace Runbook.Engine.Binding;

/// <summary>A step with its title and bound attributes, common ones (when, timeout, ...) included.</summary>
/// <param name="Symbol">The step.</param>
/// <param name="Title">The human title, when given.</param>
/// <param name="Attributes">Its attributes, as written.</param>
public sealed record BoundStep(StepSymbol Symbol, BoundExpression? Title, ImmutableArray<BoundAttribute> Attributes)
{
    /// <summary>The attribute of that name, if set.</summary>
    public BoundAttribute? Find(string name) => BoundAttribute.Find(Attributes, name);
}
