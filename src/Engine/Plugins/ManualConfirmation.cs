namespace Runbook.Engine.Plugins;

/// <summary>A person's answer to a manual step.</summary>
/// <param name="Operator">Who answered.</param>
/// <param name="At">When.</param>
/// <param name="Confirmed">True when the step was done; false when the person says it failed.</param>
/// <param name="Text">What was typed: the step's name to confirm, or the reason it failed.</param>
/// <param name="Source">How it was given: <c>interactive</c>, <c>--confirm</c>, <c>--confirm-all</c>.</param>
public sealed record ManualConfirmation(string Operator, DateTimeOffset At, bool Confirmed, string Text, string Source);
