namespace Runbook.Engine.Reporting;

/// <summary>A person's answer to a manual step.</summary>
/// <param name="Step">The manual step.</param>
/// <param name="Operator">Who answered.</param>
/// <param name="At">When.</param>
/// <param name="Confirmed">True when they confirmed it was done; false when they said it failed.</param>
/// <param name="Answer"><c>confirmed</c> or <c>reported failed</c>.</param>
/// <param name="Text">What they typed.</param>
/// <param name="Source">How it was given: <c>interactive</c>, <c>--confirm</c> or <c>--confirm-all</c>.</param>
public sealed record ReportConfirmation(
    string Step,
    string Operator,
    string At,
    bool Confirmed,
    string Answer,
    string Text,
    string Source);
