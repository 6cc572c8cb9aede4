namespace Runbook.Engine.Plugins;

/// <summary>One thing a step would do, in a sentence a reviewer can judge.</summary>
/// <param name="Description">E.g. "Delete 1,000 ia_crm__Sales_Invoice__c records in org 00D... (uat)".</param>
/// <param name="IsMutating">True when it changes a system; plans mark these.</param>
public sealed record PlannedAction(string Description, bool IsMutating);
