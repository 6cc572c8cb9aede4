namespace Runbook.Emulator.Storage;

/// <summary>The parts of an emulator record id: which object, which org, which row.</summary>
internal readonly record struct ParsedId(string KeyPrefix, string OrgCode, long Sequence);
