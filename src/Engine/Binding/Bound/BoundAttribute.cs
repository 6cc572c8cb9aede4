using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary>A <c>name = value</c> property of a block, bound.</summary>
/// <param name="Name">The property's name.</param>
/// <param name="Value">The bound value.</param>
/// <param name="Syntax">The property as written.</param>
public sealed record BoundAttribute(string Name, BoundExpression Value, PropertySyntax Syntax);
