using System.Collections.Immutable;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary>A <c>name = value</c> property of a block, bound.</summary>
/// <param name="Value">The bound value.</param>
/// <param name="Syntax">The property as written.</param>
public sealed record BoundAttribute(BoundExpression Value, PropertySyntax Syntax)
{
    /// <summary>The property's name.</summary>
    /// <remarks>Read from the syntax rather than kept: a file has a bound attribute per property.</remarks>
    public string Name => Syntax.Name.Text;

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
