namespace Runbook.Engine.Execution.Journal;

/// <summary>
/// The words the journal, its JSON and the reports use for statuses and outcomes: the member's name in
/// kebab case, such as <c>succeeded</c> or <c>waiting-for-operator</c>.
/// </summary>
public static class JournalText
{
    /// <summary>A run status as text.</summary>
    public static string Of(RunStatus status) => EnumText<RunStatus>.ToText(status);

    /// <summary>A step status as text.</summary>
    public static string Of(StepStatus status) => EnumText<StepStatus>.ToText(status);

    /// <summary>An attempt's outcome as text.</summary>
    public static string Of(AttemptOutcome outcome) => EnumText<AttemptOutcome>.ToText(outcome);
}
