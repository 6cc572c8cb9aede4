namespace Runbook.Engine.Plugins;

/// <summary>How a manual step asks a person to act and learns that they did.</summary>
public interface IOperatorInteraction
{
    /// <summary>
    /// Shows <paramref name="instructions"/> and waits for the named operator to confirm step
    /// <paramref name="stepName"/> (or say it failed). Returns null when no confirmation can come now, for
    /// instance in a non-interactive run without <c>--confirm</c>: the run then stops and waits for a person.
    /// </summary>
    Task<ManualConfirmation?> ConfirmAsync(
        string stepName,
        string title,
        string instructions,
        CancellationToken cancellationToken);
}
