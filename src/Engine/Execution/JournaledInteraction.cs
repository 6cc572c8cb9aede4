using Runbook.Engine.Plugins;

namespace Runbook.Engine.Execution;

/// <summary>Passes a manual step's question to the person and records their answer in the journal first.</summary>
internal sealed class JournaledInteraction(IOperatorInteraction inner, IRunJournal journal, string runId)
    : IOperatorInteraction
{
    public async Task<ManualConfirmation?> ConfirmAsync(
        string stepName,
        string title,
        string instructions,
        CancellationToken cancellationToken)
    {
        var answer = await inner.ConfirmAsync(stepName, title, instructions, cancellationToken).ConfigureAwait(false);
        if (answer is not null)
        {
            await journal.ConfirmationAsync(runId, stepName, answer, CancellationToken.None).ConfigureAwait(false);
        }

        return answer;
    }
}
