namespace Runbook.Engine.Plugins;

/// <summary>
/// Thrown by a manual step when no person can answer now (no terminal, no <c>--confirm</c>): the run stops
/// at this step, recorded as waiting, and can be resumed once someone confirms it.
/// </summary>
public sealed class WaitingForOperatorException(string stepName)
    : Exception($"Step '{stepName}' waits for a person to confirm it.")
{
    /// <summary>The manual step that waits.</summary>
    public string StepName { get; } = stepName;
}
