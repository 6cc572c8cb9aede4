using System.Collections.Immutable;
using Runbook.Engine.Plugins;

namespace Runbook.Engine.Evaluation;

/// <summary>What expressions can see while a runbook plans or runs.</summary>
public sealed record EvaluationScope
{
    /// <summary>Every param's value.</summary>
    public required ImmutableDictionary<string, object?> Params { get; init; }

    /// <summary>Open connections by name; read-only while planning.</summary>
    public ImmutableDictionary<string, ConnectionHandle> Connections { get; init; } =
        ImmutableDictionary<string, ConnectionHandle>.Empty;

    /// <summary>Outputs of the steps so far: planned during a dry run, actual during execution.</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, object?>> StepOutputs { get; init; } =
        ImmutableDictionary<string, ImmutableDictionary<string, object?>>.Empty;

    /// <summary>The plugins that evaluate functions.</summary>
    public required PluginRegistry Plugins { get; init; }

    /// <summary>What plugins are lent.</summary>
    public required PluginEnvironment Environment { get; init; }

    /// <summary>The scope with one more step's outputs.</summary>
    public EvaluationScope WithStepOutputs(string step, ImmutableDictionary<string, object?> outputs)
        => this with { StepOutputs = StepOutputs.SetItem(step, outputs) };
}
