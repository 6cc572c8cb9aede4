namespace Runbook.Engine.Plugins;

/// <summary>
/// A live fact a step's plan relied on, such as the number of records it would delete. Before the step
/// runs, the engine plans it again and compares: a fact that moved beyond its tolerance stops the run.
/// </summary>
/// <param name="Name">What the fact is, e.g. <c>count ia_crm__Sales_Invoice__c</c>.</param>
/// <param name="Value">A string, or a long for counts.</param>
/// <param name="Tolerance">How far it may move.</param>
public sealed record PlanFact(string Name, object Value, FactTolerance Tolerance);
