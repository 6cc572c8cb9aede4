namespace Runbook.Steps.Plugins;

/// <summary>
/// A manual step cannot go on until a person confirms it, and no confirmation can come now (a run without a
/// terminal and without <c>--confirm</c>). This is not a failure: the run stops, records that it waits for a
/// person, and continues from this step when it is resumed with a confirmation.
/// </summary>
public sealed class WaitingForOperatorException : Exception
{
    /// <summary>Creates the exception for <paramref name="stepName"/>, shown as <paramref name="title"/>.</summary>
    public WaitingForOperatorException(string stepName, string title)
        : base($"Step '{stepName}' ({title}) is waiting for a person to do it and confirm it.")
    {
        StepName = stepName;
        Title = title;
    }

    /// <summary>The manual step, by name.</summary>
    public string StepName { get; }

    /// <summary>Its title, or its name when it has none.</summary>
    public string Title { get; }
}
