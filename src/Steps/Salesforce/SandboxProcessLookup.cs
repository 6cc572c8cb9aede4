namespace Runbook.Steps.Salesforce;

/// <summary>The copy processes found for one sandbox name, newest first.</summary>
/// <param name="Latest">The newest process, which is the sandbox's current state; null when there is none.</param>
/// <param name="All">Every process found, newest first.</param>
/// <param name="Warning">Set when more than one process was found.</param>
public sealed record SandboxProcessLookup(
    SandboxProcessInfo? Latest,
    IReadOnlyList<SandboxProcessInfo> All,
    string? Warning);
