using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Planning;
using Runbook.Engine.Plugins;

namespace Runbook.Engine.Execution;

/// <summary>
/// Runs an approved plan: checks the live systems are still those planned for and the preconditions still
/// hold, then runs the steps in order. Before each step that changes something, the step is planned again
/// read-only and its facts are compared with the approved plan: a world that drifted stops the run. A
/// resumed run skips the steps that finished and gives the others their checkpoints back.
/// </summary>
public static class Executor
{
    /// <summary>Runs the plan. A refusal before anything ran is an <see cref="ApplyRefusedException"/>.</summary>
    public static async Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var runbook = request.Compilation.Runbook;
        var parameters = ParametersOf(request.Plan, runbook);

        var readOnly = await PlanningSession.OpenAsync(
                runbook,
                parameters,
                request.Plugins,
                request.Environment,
                ConnectionMode.ReadOnly,
                cancellationToken)
            .ConfigureAwait(false);
        await using (readOnly.ConfigureAwait(false))
        {
            var preconditions = await RefuseWhenWorldChangedAsync(request.Plan, runbook, readOnly, cancellationToken)
                .ConfigureAwait(false);

            var readWrite = await PlanningSession.OpenAsync(
                    runbook,
                    parameters,
                    request.Plugins,
                    request.Environment,
                    ConnectionMode.ReadWrite,
                    cancellationToken)
                .ConfigureAwait(false);
            await using (readWrite.ConfigureAwait(false))
            {
                var runId = request.ResumeRunId ?? await request.Journal.StartRunAsync(
                    new RunStart(request.Plan, request.Operator, request.Environment.Time.GetUtcNow(),
                        [.. readOnly.Connections.Values.Select(handle => $"{handle.Kind}:{handle.Identity.Id}")]),
                    cancellationToken).ConfigureAwait(false);

                foreach (var precondition in preconditions)
                {
                    await request.Journal.PreconditionCheckedAsync(runId, precondition, cancellationToken)
                        .ConfigureAwait(false);
                }

                var run = new StepRunner(request, runId, readOnly, readWrite);
                return await run.RunAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The params a plan was made with, read back by their declared types.</summary>
    public static ImmutableDictionary<string, object?> ParametersOf(PlanDocument plan, BoundRunbook runbook)
    {
        var recorded = plan.Parameters.ToDictionary(parameter => parameter.Name, StringComparer.Ordinal);
        return runbook.Params.ToImmutableDictionary(
            param => param.Name,
            param => recorded.TryGetValue(param.Name, out var value)
                ? PlanValues.FromJson(value.Value, param.Type)
                : param.DefaultValue,
            StringComparer.Ordinal);
    }

    private static async Task<ImmutableArray<PlanCondition>> RefuseWhenWorldChangedAsync(
        PlanDocument plan,
        BoundRunbook runbook,
        PlanningSession session,
        CancellationToken cancellationToken)
    {
        var reasons = DriftCheck.CompareIdentities(plan, session.Connections).ToList();
        var preconditions = ImmutableArray<PlanCondition>.Empty;
        if (reasons.Count == 0)
        {
            preconditions = await Planner.EvaluateConditionsAsync(
                    runbook.Requirements,
                    session.Scope,
                    cancellationToken)
                .ConfigureAwait(false);
            reasons.AddRange(preconditions.Where(condition => !condition.Result).Select(condition =>
                $"The precondition '{condition.Condition}' no longer holds " +
                $"({string.Join("; ", condition.Evidence.Select(e => $"{e.Subject}: {e.Fact}"))})."));
        }

        if (reasons.Count > 0)
        {
            throw new ApplyRefusedException(reasons);
        }

        return preconditions;
    }
}
