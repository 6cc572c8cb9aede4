using System.Collections.Immutable;
using Runbook.Engine.Binding.Bound;

namespace Runbook.Engine.Binding;

/// <summary>A connection with its bound attributes.</summary>
/// <param name="Symbol">The connection.</param>
/// <param name="Attributes">Its attributes, as written.</param>
public sealed record BoundConnection(ConnectionSymbol Symbol, ImmutableArray<BoundAttribute> Attributes)
{
    /// <summary>The attribute of that name, if set.</summary>
    public BoundAttribute? Find(string name) => BoundAttribute.Find(Attributes, name);
}
