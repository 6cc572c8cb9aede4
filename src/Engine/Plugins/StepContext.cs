using Microsoft.Extensions.Logging;

namespace Runbook.Engine.Plugins;

/// <summary>What a step plugin knows about the step it plans or runs.</summary>
public abstract class StepContext
{
    private protected StepContext(
        string stepName,
        string? title,
        AttributeValues attributes,
        PluginEnvironment environment)
    {
        StepName = stepName;
        Title = title;
        Attributes = attributes;
        Environment = environment;
    }

    /// <summary>The step's name in the runbook.</summary>
    public string StepName { get; }

    /// <summary>Its human title, if any.</summary>
    public string? Title { get; }

    /// <summary>Its evaluated attributes, defaults included; connection attributes hold handles.</summary>
    public AttributeValues Attributes { get; }

    /// <summary>What the engine lends plugins.</summary>
    public PluginEnvironment Environment { get; }

    /// <summary>A logger named after the step's plugin.</summary>
    public ILogger CreateLogger(Type plugin) => Environment.LoggerFactory.CreateLogger(plugin);
}
