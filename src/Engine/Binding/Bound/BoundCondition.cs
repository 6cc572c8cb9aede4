using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary>A <c>require</c> or <c>expect</c>: a bool condition and the reason it must hold.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Because">The reason, when given.</param>
/// <param name="Syntax">The declaration as written.</param>
public sealed record BoundCondition(BoundExpression Condition, BoundExpression? Because, MemberSyntax Syntax)
{
    /// <summary>The condition as written, without trivia, for plans and reports.</summary>
    public string ConditionText => Condition.Syntax.ToFullString().Trim();
}
