namespace Runbook.Engine.Plugins;

/// <summary>
/// What a step plugin gets to execute with: read-write connections, its plan, progress and checkpoints.
/// </summary>
public sealed class StepExecutionContext : StepContext
{
    /// <summary>Creates the context.</summary>
    public StepExecutionContext(
        string stepName,
        string? title,
        AttributeValues attributes,
        PluginEnvironment environment,
        StepPlan plan,
        IProgress<StepProgress> progress,
        IStepCheckpoints checkpoints,
        IOperatorInteraction interaction,
        Func<string, CancellationToken, Task<FunctionResult?>> evaluateDeferred)
        : base(stepName, title, attributes, environment)
    {
        Plan = plan;
        Progress = progress;
        Checkpoints = checkpoints;
        Interaction = interaction;
        _evaluateDeferred = evaluateDeferred;
    }

    private readonly Func<string, CancellationToken, Task<FunctionResult?>> _evaluateDeferred;

    /// <summary>The step's plan, as approved (and checked again just before the step ran).</summary>
    public StepPlan Plan { get; }

    /// <summary>Where to report progress; the console shows it live.</summary>
    public IProgress<StepProgress> Progress { get; }

    /// <summary>Durable notes that let a resumed step re-attach instead of repeating work.</summary>
    public IStepCheckpoints Checkpoints { get; }

    /// <summary>How to ask a person, for manual steps.</summary>
    public IOperatorInteraction Interaction { get; }

    /// <summary>
    /// Evaluates a deferred attribute now, against live read-write connections: its value and the evidence
    /// the functions in it looked at; null when the attribute is not set.
    /// </summary>
    public Task<FunctionResult?> EvaluateDeferredAsync(string attribute, CancellationToken cancellationToken)
        => _evaluateDeferred(attribute, cancellationToken);
}
