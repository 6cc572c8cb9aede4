namespace Runbook.Engine.Binding;

/// <summary>Which step outputs an expression may read, depending on where it stands.</summary>
/// <param name="Kind">Whether none, earlier, or all steps' outputs are visible.</param>
/// <param name="CurrentStep">For <see cref="StepOutputVisibility.EarlierSteps"/>, the step being bound.</param>
internal readonly record struct StepOutputScope(StepOutputVisibility Kind, StepSymbol? CurrentStep = null)
{
    public static StepOutputScope None => new(StepOutputVisibility.None);

    public static StepOutputScope All => new(StepOutputVisibility.All);

    public static StepOutputScope Before(StepSymbol step) => new(StepOutputVisibility.EarlierSteps, step);
}
