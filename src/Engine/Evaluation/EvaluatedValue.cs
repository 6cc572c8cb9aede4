using System.Collections.Immutable;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Evaluation;

/// <summary>A value and the evidence the functions that computed it looked at.</summary>
/// <param name="Value">The value.</param>
/// <param name="Evidence">The facts looked at, in order.</param>
public sealed record EvaluatedValue(object? Value, ImmutableArray<Evidence> Evidence);
