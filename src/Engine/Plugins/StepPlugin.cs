namespace Runbook.Engine.Plugins;

/// <summary>
/// A step kind, such as <c>salesforce.delete_records</c>. It plans (reading only, through read-only
/// connections) and executes (changing things, reporting progress, keeping checkpoints).
/// </summary>
public abstract class StepPlugin
{
    /// <summary>The kind's name, attributes, outputs and docs.</summary>
    public abstract StepKindSchema Schema { get; }

    /// <summary>Checks attribute values that are known before connecting (RB3xxx); nothing is connected to.</summary>
    public virtual void Validate(PluginValidationContext context)
    {
    }

    /// <summary>Finds out what the step would do, changing nothing.</summary>
    public abstract Task<StepPlan> PlanAsync(StepPlanContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Does the work. It may be called again for a step that stopped part way (a resumed run): use
    /// <see cref="StepExecutionContext.Checkpoints"/> to continue rather than repeat.
    /// </summary>
    public abstract Task<StepOutcome> ExecuteAsync(StepExecutionContext context, CancellationToken cancellationToken);
}
