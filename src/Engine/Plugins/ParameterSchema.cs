using Runbook.Engine.Binding;

namespace Runbook.Engine.Plugins;

/// <summary>One parameter of a function.</summary>
/// <param name="Name">The parameter's name, for docs.</param>
/// <param name="Type">The type its argument must have.</param>
/// <param name="Doc">One line saying what it is.</param>
public sealed record ParameterSchema(string Name, RunbookType Type, string Doc)
{
    /// <summary>True when the argument may be left out (only trailing parameters may be).</summary>
    public bool Optional { get; init; }
}
