using System.Collections.Immutable;
using Runbook.Engine.Runtime;

namespace Runbook.Steps.Plugins.Rules;

/// <summary>Whether a domain rule holds, why, and the facts it looked at.</summary>
/// <param name="Holds">True when the rule is satisfied.</param>
/// <param name="Reason">One sentence a reviewer can judge.</param>
/// <param name="Evidence">The facts the rule looked at, the reason last.</param>
public sealed record RuleOutcome(bool Holds, string Reason, ImmutableArray<Evidence> Evidence);
