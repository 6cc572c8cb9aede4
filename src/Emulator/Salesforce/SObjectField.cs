namespace Runbook.Emulator.Salesforce;

/// <summary>A queryable field: its API name, type and the SQL expression that computes it.</summary>
internal sealed record SObjectField(string Name, SoqlFieldType Type, string Sql, string? ReferencePrefix = null);
