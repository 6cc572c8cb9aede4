namespace Runbook.Emulator.Salesforce.Soql;

/// <summary>One ORDER BY item; <see cref="NullsFirst"/> is null when the statement left Salesforce's default.</summary>
internal sealed record SoqlOrderItem(SoqlToken Field, bool Descending, bool? NullsFirst);
