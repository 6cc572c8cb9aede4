namespace Runbook.Emulator.Salesforce.Soql;

/// <summary>A WHERE clause node.</summary>
internal abstract record SoqlCondition;

/// <summary><c>field op literal</c>, where op is one of = != &lt; &lt;= &gt; &gt;= or LIKE.</summary>
internal sealed record SoqlComparison(SoqlToken Field, SoqlToken Operator, SoqlLiteral Value) : SoqlCondition;

/// <summary><c>field [NOT] IN (literal, ...)</c>.</summary>
internal sealed record SoqlInCondition(SoqlToken Field, bool Negated, IReadOnlyList<SoqlLiteral> Values)
    : SoqlCondition;

/// <summary>Conditions joined by one kind of operator: SOQL refuses AND and OR mixed without parentheses.</summary>
internal sealed record SoqlLogical(bool IsAnd, IReadOnlyList<SoqlCondition> Operands) : SoqlCondition;

internal sealed record SoqlNot(SoqlCondition Operand) : SoqlCondition;
