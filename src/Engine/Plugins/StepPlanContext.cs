namespace Runbook.Engine.Plugins;

/// <summary>What a step plugin gets to plan with. Every connection in it is read-only.</summary>
public sealed class StepPlanContext : StepContext
{
    /// <summary>Creates the context.</summary>
    public StepPlanContext(string stepName, string? title, AttributeValues attributes, PluginEnvironment environment)
        : base(stepName, title, attributes, environment)
    {
    }
}
