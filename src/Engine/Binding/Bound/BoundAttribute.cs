using System.Collections.Immutable;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary>A <c>name = value</c> property of a block, bound.</summary>
/// <param name="Name">The property's name.</param>
/// <param name="Value">The bound value.</param>
/// <param name="Syntax">The property as written.</param>
public sealed record BoundAttribute(string Name, BoundExpression Value, PropertySyntax Syntax)
{
    /// <summary>The first attribute of that name among <paramref name="attributes"/>, if any.</summary>
    public static BoundAttribute? Find(ImmutableArray<BoundAttribute> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Name == name)
            {
                return attribute;
            }
        }

        return null;
    }
}
