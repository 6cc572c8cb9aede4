using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;

namespace Runbook.Steps.Plugins.Manual;

/// <summary>
/// <c>manual</c>: a person does something in a vendor UI (cancel a subscription, run the mass sync). The engine
/// shows the instructions, waits for a named operator to confirm, then checks <c>verify</c> when the runbook
/// gives one, against the live systems.
/// </summary>
/// <remarks>
/// The planned action is marked mutating. The engine changes nothing itself, but the person does, and the
/// approval of a plan is about every change it leads to: cancelling the Intacct subscription erases the
/// integration's configuration. A plan with only manual steps must not read as "no changes".
/// </remarks>
public sealed class ManualStep : StepPlugin
{
    /// <inheritdoc />
    public override StepKindSchema Schema { get; } = new(
        "manual",
        "A person does it: the engine shows the instructions, waits for an operator to confirm and verifies.",
        [
            new AttributeSchema("instructions", RunbookType.String,
                "What to do, where, and how to tell it worked.")
            {
                Required = true,
            },
            new AttributeSchema("verify", RunbookType.Bool,
                "Checked after the operator confirms, against the live systems; the step fails when it is false.")
            {
                Deferred = true,
            },
            new AttributeSchema("system", RunbookType.AnyConnection, "The system the person works in, for the report."),
        ],
        [new OutputSchema("confirmed_by", RunbookType.String, "The operator who confirmed the step.")]);

    /// <inheritdoc />
    public override void Validate(PluginValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TryGetConstant("instructions", out var value) && value is string instructions
            && string.IsNullOrWhiteSpace(instructions))
        {
            context.Report(DiagnosticCatalog.EmptyInstructions, "instructions");
        }
    }

    /// <inheritdoc />
    public override Task<StepPlan> PlanAsync(StepPlanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var title = context.Title ?? context.StepName;
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        var where = "";
        if (context.Attributes.Get("system") is ConnectionHandle system)
        {
            evidence.AddRange(system.Identity.Evidence);
            where = $" in {system.Name} ({system.Kind} {system.Identity.Id})";
        }

        var plan = new StepPlan
        {
            Actions =
            [
                new PlannedAction($"Manual: {title}{where}; a person acts and an operator confirms", IsMutating: true),
            ],
            Outputs = ImmutableDictionary<string, object?>.Empty.Add("confirmed_by", ""),
            Evidence = evidence.ToImmutable(),
        };
        return Task.FromResult(plan);
    }

    /// <inheritdoc />
    public override async Task<StepOutcome> ExecuteAsync(
        StepExecutionContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var logger = context.CreateLogger(typeof(ManualStep));
        var title = context.Title ?? context.StepName;
        var instructions = context.Attributes.GetString("instructions") ?? "";
        var answer = await context.Interaction.ConfirmAsync(context.StepName, title, instructions, cancellationToken)
            .ConfigureAwait(false);
        if (answer is null)
        {
            PluginLog.ManualStepWaiting(logger, context.StepName);
            throw new WaitingForOperatorException(context.StepName);
        }

        if (!answer.Confirmed)
        {
            PluginLog.ManualStepFailed(logger, context.StepName, answer.Operator);
            var reason = string.IsNullOrWhiteSpace(answer.Text) ? "no reason given" : answer.Text.Trim();
            throw new StepFailedException($"{answer.Operator} reported that '{title}' failed: {reason}");
        }

        PluginLog.ManualStepConfirmed(logger, context.StepName, answer.Operator, answer.Source);
        var notes = ImmutableArray.CreateBuilder<string>();
        notes.Add($"Confirmed by {answer.Operator} at {Counts.Date(answer.At)} ({answer.Source}).");
        if (context.Attributes.Get("system") is ConnectionHandle system)
        {
            notes.Add($"Done in {system.Name} ({system.Kind} {system.Identity.Id}).");
        }

        var verified = await context.EvaluateDeferredAsync("verify", cancellationToken).ConfigureAwait(false);
        if (verified is not null)
        {
            var seen = string.Join("; ", verified.Evidence.Select(evidence => evidence.ToString()));
            if (verified.Value is not true)
            {
                throw new StepFailedException(
                    $"{answer.Operator} confirmed '{title}', but its verification is false" +
                    (seen.Length > 0 ? $": {seen}" : "."));
            }

            notes.Add(seen.Length > 0 ? $"Verified: {seen}" : "Verified.");
        }

        return new StepOutcome(ImmutableDictionary<string, object?>.Empty.Add("confirmed_by", answer.Operator))
        {
            Notes = notes.ToImmutable(),
        };
    }
}
