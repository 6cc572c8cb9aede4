namespace Runbook.Engine.Plugins;

/// <summary>
/// The schemas the binder checks a runbook against: every known connection kind, step kind and function.
/// </summary>
public interface ISchemaCatalog
{
    /// <summary>
    /// True when the catalogue holds every kind and function that can run, so that a name it does not know
    /// is an error. An empty catalogue used before plugins are loaded is not complete.
    /// </summary>
    bool IsComplete { get; }

    /// <summary>Every connection kind.</summary>
    IReadOnlyCollection<ConnectionKindSchema> ConnectionKinds { get; }

    /// <summary>Every step kind.</summary>
    IReadOnlyCollection<StepKindSchema> StepKinds { get; }

    /// <summary>Every function.</summary>
    IReadOnlyCollection<FunctionSchema> Functions { get; }

    /// <summary>The connection kind of that name, if known.</summary>
    ConnectionKindSchema? FindConnectionKind(string name);

    /// <summary>The step kind of that name, if known.</summary>
    StepKindSchema? FindStepKind(string name);

    /// <summary>The function of that name, if known.</summary>
    FunctionSchema? FindFunction(string name);

    /// <summary>Lets the plugin of a step kind check its attribute values (RB3xxx).</summary>
    void ValidateStep(string kind, PluginValidationContext context)
    {
    }

    /// <summary>Lets the plugin of a connection kind check its attribute values (RB3xxx).</summary>
    void ValidateConnection(string kind, PluginValidationContext context)
    {
    }
}
