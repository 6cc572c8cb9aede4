namespace Runbook.Emulator.Storage;

/// <summary>A Salesforce object whose rows live in the shared <c>records</c> table.</summary>
internal sealed record RecordObject(int Number, string Name, string KeyPrefix);
