namespace Runbook.Emulator.Storage;

/// <summary>An Intacct company a scenario seeds.</summary>
internal sealed record IntacctCompanySeed(string CompanyId, string Name, bool IsSandbox);
