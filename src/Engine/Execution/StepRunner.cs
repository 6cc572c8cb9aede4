using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Runbook.Engine.Binding;
using Runbook.Engine.Evaluation;
using Runbook.Engine.Planning;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Execution;

/// <summary>The step loop of one run, with its journal, drift checks, retries, timeouts and manual waits.</summary>
internal sealed class StepRunner
{
    private readonly RunRequest _request;
    private readonly string _runId;
    private readonly PlanningSession _readOnly;
    private readonly PlanningSession _readWrite;
    private readonly ILogger _logger;

    public StepRunner(RunRequest request, string runId, PlanningSession readOnly, PlanningSession readWrite)
    {
        _request = request;
        _runId = runId;
        _readOnly = readOnly;
        _readWrite = readWrite;
        _logger = request.Environment.LoggerFactory.CreateLogger<StepRunner>();
    }

    private IRunJournal Journal => _request.Journal;

    private DateTimeOffset Now => _request.Environment.Time.GetUtcNow();

    private string ResumeCommand
        => string.Format(System.Globalization.CultureInfo.InvariantCulture, _request.ResumeCommand, _runId);

    public async Task<RunResult> RunAsync(CancellationToken cancellationToken)
    {
        var records = (await Journal.LoadStepsAsync(_runId, cancellationToken).ConfigureAwait(false))
            .ToDictionary(record => record.Name, StringComparer.Ordinal);
        var scope = _readWrite.Scope;
        await Journal.RunStatusAsync(_runId, RunStatus.Running, null, cancellationToken).ConfigureAwait(false);
        ExecutionLog.RunStarted(_logger, _runId, _request.Plan.Runbook.Name, _request.Operator);

        foreach (var step in _request.Compilation.Runbook.Steps)
        {
            var name = step.Symbol.Name;
            var plugin = _request.Plugins.FindStepPlugin(step.Symbol.Kind)!;
            if (records.TryGetValue(name, out var done) && done.Status is StepStatus.Succeeded or StepStatus.Skipped)
            {
                scope = scope.WithStepOutputs(name, Planner.ZeroOutputs(plugin.Schema).SetItems(done.Outputs));
                continue;
            }

            var (record, stop) = await RunStepAsync(
                    step,
                    plugin,
                    scope,
                    records.GetValueOrDefault(name),
                    cancellationToken)
                .ConfigureAwait(false);
            records[name] = record;
            scope = scope.WithStepOutputs(name, Planner.ZeroOutputs(plugin.Schema).SetItems(record.Outputs));

            ExecutionLog.StepEnded(_logger, name, record.Status);
            if (stop is { } outcome)
            {
                ExecutionLog.RunEnded(_logger, _runId, outcome.Status);
                await Journal.RunStatusAsync(_runId, outcome.Status, outcome.Message, CancellationToken.None)
                    .ConfigureAwait(false);
                return Result(records, outcome.Status, outcome.Message);
            }
        }

        var failed = records.Values
            .Where(record => record.Status == StepStatus.Failed)
            .Select(record => record.Name)
            .ToList();
        var status = failed.Count == 0 ? RunStatus.Succeeded : RunStatus.Failed;
        var message = failed.Count == 0
            ? null
            : $"Steps failed and were passed over (on_failure = \"continue\"): {string.Join(", ", failed)}.";
        ExecutionLog.RunEnded(_logger, _runId, status);
        await Journal.RunStatusAsync(_runId, status, message, CancellationToken.None).ConfigureAwait(false);
        return Result(records, status, message);
    }

    private async Task<(StepRecord Record, (RunStatus Status, string Message)? Stop)> RunStepAsync(
        BoundStep step,
        StepPlugin plugin,
        EvaluationScope scope,
        StepRecord? previous,
        CancellationToken cancellationToken)
    {
        var name = step.Symbol.Name;
        var planned = _request.Plan.Steps.FirstOrDefault(candidate => candidate.Name == name)
            ?? throw new EvaluationException($"Step '{name}' is not in the plan; make the plan again.");
        var schema = BuiltInProperties.Step.AddRange(plugin.Schema.Attributes);
        var (attributes, _) = await AttributeEvaluator.EvaluateAsync(step.Attributes, schema, scope, cancellationToken)
            .ConfigureAwait(false);

        if (!attributes.GetBool("when", fallback: true))
        {
            var skipped = new StepRecord(name, StepStatus.Skipped)
            {
                EndedAt = Now,
                Outputs = Planner.ZeroOutputs(plugin.Schema),
            };
            await Journal.StepEndedAsync(_runId, skipped, CancellationToken.None).ConfigureAwait(false);
            _request.StepChanged?.Invoke(skipped);
            return (skipped, null);
        }

        if (planned.Actions.Any(action => action.Mutating))
        {
            var drift = await CheckDriftAsync(step, planned, scope, cancellationToken).ConfigureAwait(false);
            await Journal.DriftCheckedAsync(_runId, name, drift, CancellationToken.None).ConfigureAwait(false);
            if (drift.Count > 0)
            {
                var message = string.Join(" ", drift);
                ExecutionLog.StepDrifted(_logger, name, message);
                var drifted = new StepRecord(name, StepStatus.Failed) { EndedAt = Now, Error = message };
                await Journal.StepEndedAsync(_runId, drifted, CancellationToken.None).ConfigureAwait(false);
                _request.StepChanged?.Invoke(drifted);
                return (drifted, (RunStatus.Failed,
                    $"Stopped before step '{name}' because the world changed since the plan: {message}"));
            }
        }

        var attempt = (previous?.Attempts ?? 0) + 1;
        var startedAt = Now;
        await Journal.StepStartedAsync(_runId, name, attempt, startedAt, cancellationToken).ConfigureAwait(false);
        ExecutionLog.StepStarted(_logger, name, step.Symbol.Kind, attempt);
        _request.StepChanged?.Invoke(
            new StepRecord(name, StepStatus.Running) { StartedAt = startedAt, Attempts = attempt });

        try
        {
            var (outcome, attempts) = await ExecuteWithRetriesAsync(
                    step,
                    plugin,
                    planned,
                    attributes,
                    scope,
                    cancellationToken)
                .ConfigureAwait(false);
            var succeeded = new StepRecord(name, StepStatus.Succeeded)
            {
                StartedAt = startedAt,
                EndedAt = Now,
                Outputs = outcome.Outputs,
                Notes = outcome.Notes,
                Attempts = attempt + attempts - 1,
            };
            await Journal.StepEndedAsync(_runId, succeeded, CancellationToken.None).ConfigureAwait(false);
            _request.StepChanged?.Invoke(succeeded);
            return (succeeded, null);
        }
        catch (WaitingForOperatorException)
        {
            var waiting = new StepRecord(name, StepStatus.Waiting) { StartedAt = startedAt, Attempts = attempt };
            await Journal.StepEndedAsync(_runId, waiting, CancellationToken.None).ConfigureAwait(false);
            _request.StepChanged?.Invoke(waiting);
            return (waiting, (RunStatus.WaitingForOperator,
                $"Step '{name}' waits for a person. Confirm it and resume: {ResumeCommand} --confirm {name}"));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var interrupted = new StepRecord(name, StepStatus.Pending)
            {
                StartedAt = startedAt,
                Attempts = attempt,
                Error = "Interrupted.",
            };
            await Journal.StepEndedAsync(_runId, interrupted, CancellationToken.None).ConfigureAwait(false);
            _request.StepChanged?.Invoke(interrupted);
            return (interrupted, (RunStatus.Stopped, $"Stopped during step '{name}'. Resume with: {ResumeCommand}"));
        }
        catch (Exception exception)
            when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failed = new StepRecord(name, StepStatus.Failed)
            {
                StartedAt = startedAt,
                EndedAt = Now,
                Error = exception.Message,
                Attempts = attempt,
            };
            await Journal.StepEndedAsync(_runId, failed, CancellationToken.None).ConfigureAwait(false);
            await Journal.EventAsync(_runId, "step-failed", $"{name}: {exception.Message}", CancellationToken.None)
                .ConfigureAwait(false);
            _request.StepChanged?.Invoke(failed);

            return attributes.GetString("on_failure") == "continue"
                ? (failed, null)
                : (failed, (RunStatus.Failed,
                    $"Step '{name}' failed: {exception.Message} Fix the cause and resume: {ResumeCommand}"));
        }
    }

    private async Task<List<string>> CheckDriftAsync(
        BoundStep step,
        PlanStep planned,
        EvaluationScope scope,
        CancellationToken cancellationToken)
    {
        var readOnlyScope = _readOnly.Scope with { StepOutputs = scope.StepOutputs };
        var (now, _) = await Planner.PlanStepAsync(step, readOnlyScope, _request.Plugins, cancellationToken)
            .ConfigureAwait(false);
        var facts = now.Facts.Select(fact => new PlanFact(
            fact.Name,
            FactValue(fact),
            fact.Tolerance == "exact" ? FactTolerance.Exact : FactTolerance.GrowthWithinDrift));
        return [.. DriftCheck.CompareFacts(planned, [.. facts], _request.Plan.Policy.Drift)];
    }

    private static object FactValue(PlanFactRecord fact)
        => fact.Value is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<long>(out var number)
            ? number
            : fact.Value?.ToString() ?? string.Empty;

    private async Task<(StepOutcome Outcome, int Attempts)> ExecuteWithRetriesAsync(
        BoundStep step,
        StepPlugin plugin,
        PlanStep planned,
        AttributeValues attributes,
        EvaluationScope scope,
        CancellationToken cancellationToken)
    {
        var name = step.Symbol.Name;
        var attempts = 0;
        var retries = (int)Math.Clamp(attributes.GetInt("retries", 3), 0, 100);
        if (retries == 0)
        {
            return (await ExecuteOnceAsync(step, plugin, planned, attributes, scope, cancellationToken)
                .ConfigureAwait(false), 1);
        }

        // Polly's retry with exponential backoff and jitter; a Retry-After the system sent wins over the backoff.
        var pipeline = new ResiliencePipelineBuilder<StepOutcome>()
            .AddRetry(new RetryStrategyOptions<StepOutcome>
            {
                MaxRetryAttempts = retries,
                ShouldHandle = new PredicateBuilder<StepOutcome>()
                    .Handle<Exception>(exception => exception is ITransientFailure { IsTransient: true }),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = TimeSpan.FromMinutes(2),
                DelayGenerator = arguments => ValueTask.FromResult(
                    arguments.Outcome.Exception is ITransientFailure { RetryAfter: { } after }
                        ? after
                        : (TimeSpan?)null),
                OnRetry = arguments =>
                {
                    ExecutionLog.StepRetrying(
                        _logger,
                        name,
                        arguments.AttemptNumber + 1,
                        arguments.RetryDelay.TotalSeconds);
                    return new ValueTask(Journal.EventAsync(_runId, "retry",
                    $"{name}: attempt {arguments.AttemptNumber + 1} failed ({arguments.Outcome.Exception?.Message}); " +
                    $"retrying in {arguments.RetryDelay.TotalSeconds:0.#}s.",
                    CancellationToken.None));
                },
            })
            .Build();

        var outcome = await pipeline.ExecuteAsync(async token =>
        {
            attempts++;
            return await ExecuteOnceAsync(step, plugin, planned, attributes, scope, token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return (outcome, attempts);
    }

    private async Task<StepOutcome> ExecuteOnceAsync(
        BoundStep step,
        StepPlugin plugin,
        PlanStep planned,
        AttributeValues attributes,
        EvaluationScope scope,
        CancellationToken cancellationToken)
    {
        var name = step.Symbol.Name;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (attributes.GetDuration("timeout") is { } limit)
        {
            timeout.CancelAfter(limit);
        }

        var progress = new ImmediateProgress(report => _request.Progress?.Report((name, report)));
        var context = new StepExecutionContext(
            name,
            planned.Title,
            attributes,
            _request.Environment,
            ToStepPlan(planned),
            progress,
            Journal.Checkpoints(_runId, name),
            new JournaledInteraction(_request.Interaction, Journal, _runId),
            (attribute, token) => EvaluateDeferredAsync(step, attribute, scope, token));

        try
        {
            return await plugin.ExecuteAsync(context, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
            when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"Step '{name}' took longer than its timeout of " +
                $"{RuntimeValue.Format(attributes.GetDuration("timeout"))}.");
        }
    }

    private static async Task<FunctionResult?> EvaluateDeferredAsync(
        BoundStep step,
        string attribute,
        EvaluationScope scope,
        CancellationToken token)
    {
        var bound = step.Find(attribute);
        if (bound is null)
        {
            return null;
        }

        var evaluated = await ExpressionEvaluator.EvaluateAsync(bound.Value, scope, token).ConfigureAwait(false);
        return new FunctionResult(evaluated.Value, evaluated.Evidence);
    }

    private static StepPlan ToStepPlan(PlanStep planned) => new()
    {
        Actions = [.. planned.Actions.Select(action => new PlannedAction(action.Description, action.Mutating))],
        Facts = [.. planned.Facts.Select(fact => new PlanFact(
            fact.Name,
            FactValue(fact),
            fact.Tolerance == "exact" ? FactTolerance.Exact : FactTolerance.GrowthWithinDrift))],
        Warnings = planned.Warnings,
    };

    private RunResult Result(Dictionary<string, StepRecord> records, RunStatus status, string? message)
    {
        var ordered = _request.Compilation.Runbook.Steps
            .Select(step => records.GetValueOrDefault(step.Symbol.Name)
                ?? new StepRecord(step.Symbol.Name, StepStatus.Pending))
            .ToImmutableArray();
        return new RunResult(_runId, status, ordered, message);
    }

    // Reports on the caller's thread, unlike Progress<T>, so a step's last report is shown before its result.
    private sealed class ImmediateProgress(Action<StepProgress> report) : IProgress<StepProgress>
    {
        public void Report(StepProgress value) => report(value);
    }
}
