using Runbook.Engine.Plugins;

namespace Runbook.Steps.Tests.Plugins.Support;

/// <summary>An operator who answers every manual step with the same, scripted confirmation (or none).</summary>
internal sealed class ScriptedOperator(ManualConfirmation? answer) : IOperatorInteraction
{
    public List<(string Step, string Title, string Instructions)> Asked { get; } = [];

    public Task<ManualConfirmation?> ConfirmAsync(
        string stepName,
        string title,
        string instructions,
        CancellationToken cancellationToken)
    {
        Asked.Add((stepName, title, instructions));
        return Task.FromResult(answer);
    }

    public static ScriptedOperator Confirming(string name = "ada") =>
        new(new ManualConfirmation(name, DateTimeOffset.Parse("2025-03-01T10:00:00Z"), true, "step", "interactive"));

    public static ScriptedOperator Nobody() => new(null);
}
