namespace Runbook.Engine.Plugins;

/// <summary>How far a long step has come.</summary>
/// <param name="Done">Units done so far (records deleted, percent copied).</param>
/// <param name="Total">Units in all, when known.</param>
/// <param name="Unit">What a unit is: "records", "%".</param>
/// <param name="Message">A short status, e.g. the SandboxProcess status.</param>
public sealed record StepProgress(long Done, long? Total, string Unit, string? Message = null);
