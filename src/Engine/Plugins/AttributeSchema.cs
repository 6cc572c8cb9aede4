using Runbook.Engine.Binding;

namespace Runbook.Engine.Plugins;

/// <summary>One attribute of a connection or step kind, as the binder checks it and `runbook steps` shows it.</summary>
/// <param name="Name">The attribute's name, e.g. <c>login_url</c>.</param>
/// <param name="Type">The type its value must have.</param>
/// <param name="Doc">One line saying what it does.</param>
public sealed record AttributeSchema(string Name, RunbookType Type, string Doc)
{
    /// <summary>True when the attribute must be set.</summary>
    public bool Required { get; init; }

    /// <summary>The value used when the attribute is not set: a string, long, bool, TimeSpan or null.</summary>
    public object? DefaultValue { get; init; }

    /// <summary>True when the value may come from <c>secret(...)</c>. Nothing else may receive a secret.</summary>
    public bool AcceptsSecret { get; init; }

    /// <summary>
    /// True when the value is not computed before the step runs but when the plugin asks for it, with
    /// <see cref="StepExecutionContext.EvaluateDeferredAsync"/>: a manual step's <c>verify</c> is checked only
    /// after the person confirms. A deferred attribute is absent from <see cref="AttributeValues"/>.
    /// </summary>
    public bool Deferred { get; init; }
}
