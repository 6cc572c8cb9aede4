using Runbook.Engine.Plugins;

namespace Runbook.Cli.Interaction;

/// <summary>
/// Answers manual steps. Confirmations given as flags (<c>--confirm STEP</c>, <c>--confirm-all</c>) are used
/// first and recorded as such; otherwise, on a terminal, the person is asked to type the step's name (or
/// <c>failed: REASON</c>); without a terminal there is no answer, and the run stops waiting for a person.
/// It never waits for input that cannot come.
/// </summary>
internal sealed class OperatorInteraction(
    string operatorName,
    IReadOnlySet<string> confirmed,
    bool confirmAll,
    bool interactive,
    TextReader input,
    TextWriter output,
    TimeProvider time) : IOperatorInteraction
{
    public Task<ManualConfirmation?> ConfirmAsync(
        string stepName,
        string title,
        string instructions,
        CancellationToken cancellationToken)
    {
        if (confirmAll || confirmed.Contains(stepName))
        {
            var source = confirmAll ? "--confirm-all" : "--confirm";
            output.WriteLine($"  Manual step '{stepName}' confirmed by {operatorName} ({source}).");
            return Task.FromResult<ManualConfirmation?>(
                new ManualConfirmation(operatorName, time.GetUtcNow(), true, stepName, source));
        }

        if (!interactive)
        {
            return Task.FromResult<ManualConfirmation?>(null);
        }

        output.WriteLine();
        output.WriteLine($"Manual step '{stepName}': {title}");
        foreach (var line in instructions.Split('\n'))
        {
            output.WriteLine("    " + line);
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.Write($"Type '{stepName}' when it is done, or 'failed: REASON': ");
            var answer = input.ReadLine();
            if (answer is null)
            {
                return Task.FromResult<ManualConfirmation?>(null);
            }

            answer = answer.Trim();
            if (answer == stepName)
            {
                return Task.FromResult<ManualConfirmation?>(
                    new ManualConfirmation(operatorName, time.GetUtcNow(), true, answer, "interactive"));
            }

            if (answer.StartsWith("failed:", StringComparison.OrdinalIgnoreCase))
            {
                var reason = answer["failed:".Length..].Trim();
                return Task.FromResult<ManualConfirmation?>(
                    new ManualConfirmation(operatorName, time.GetUtcNow(), false, reason, "interactive"));
            }

            output.WriteLine($"  That is not '{stepName}'.");
        }
    }
}
