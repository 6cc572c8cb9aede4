using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Runbook.Engine.Execution;
using Runbook.Engine.Execution.Journal;
using Runbook.Engine.Planning;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Reporting;

/// <summary>
/// Builds the audit report's model from what the journal recorded about a run. This is where secrets are
/// masked: the model it returns holds none of the known secret values, no value of a secret-named param,
/// output or note, and no credential-shaped text (see <see cref="SecretMasker"/>).
/// </summary>
public static class ReportModelBuilder
{
    /// <summary>
    /// The model of the run <paramref name="runId"/>; a run the journal does not hold is a
    /// <see cref="JournalException"/>.
    /// </summary>
    public static async Task<ReportModel> BuildAsync(
        SqliteRunJournal journal,
        string runId,
        ReportOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var history = await journal.LoadRunAsync(runId, cancellationToken).ConfigureAwait(false)
            ?? throw new JournalException($"There is no run {runId} in {journal.FilePath}.");
        return Build(history, options);
    }

    /// <summary>The model of a run read from the journal.</summary>
    public static ReportModel Build(RunHistory history, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        options ??= new ReportOptions();
        var masker = new SecretMasker(options.Secrets);
        var run = history.Run;
        var plan = run.Plan;

        var steps = Steps(history, masker);
        var stoppedAt = steps.FirstOrDefault(step => step.StoppedHere);
        var model = new ReportModel(
            ReportText.Time(options.Time.GetUtcNow()),
            new ReportRun(run.Id, JournalText.Of(run.Status), run.StartedBy, ReportText.Time(run.StartedAt))
            {
                EndedAt = ReportText.Time(run.EndedAt),
                Duration = ReportText.Duration(run.StartedAt, run.EndedAt),
                StatusMessage = run.StatusMessage,
            },
            Runbook(plan, options),
            Plan(plan),
            Outcome(run, stoppedAt, options))
        {
            Targets = run.Targets,
            Connections = [.. plan.Connections.Select(connection => Connection(connection, masker))],
            Parameters = [.. plan.Parameters.Select(Parameter)],
            Preconditions = Preconditions(plan, history.Events),
            Expectations = [.. plan.Expectations.Select(condition => Check(condition, plan.CreatedAt))],
            Steps = steps,
            Confirmations = [.. history.Confirmations.Select(Confirmation)],
            DriftChecks = [.. history.Events.Where(item => item.Kind == JournalEventKinds.Drift).Select(DriftCheck)],
            Events = [.. history.Events.Select(Event)],
            Timeline = ReportDrawings.Timeline(history, plan, options.Time.GetUtcNow()),
            PlanDiagram = ReportDrawings.PlanDiagram(plan),
        };

        // One pass over every text of the finished model, so no field can be forgotten.
        var json = ReportJson.ToNode(model);
        masker.MaskAll(json);
        return ReportJson.FromNode(json);
    }

    private static ReportRunbook Runbook(PlanDocument plan, ReportOptions options)
        => new(plan.Runbook.Name, plan.Runbook.Path, plan.Runbook.Sha256)
        {
            Title = plan.Runbook.Title,
            Version = plan.Runbook.Version,
            Git = options.DescribeGit ? GitInfo.Describe(options.RunbookPath ?? plan.Runbook.Path) : null,
        };

    private static ReportEvent Event(JournalEvent recorded)
        => new(ReportText.Time(recorded.At), recorded.Kind, recorded.Message) { Step = recorded.Step };

    private static ReportPlan Plan(PlanDocument plan)
    {
        // The same rule as Approvals.Count: one per person, not the creator's, for this very plan id.
        var approvals = plan.Approvals.Select(approval => new ReportApproval(
            approval.By,
            ReportText.Time(approval.At),
            Counts: approval.PlanId == plan.Id
                && !string.Equals(approval.By, plan.CreatedBy, StringComparison.OrdinalIgnoreCase))
        {
            Comment = approval.Comment,
        }).ToImmutableArray();

        var counted = approvals
            .Where(approval => approval.Counts)
            .Select(approval => approval.By)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var required = plan.Policy.Approvals;
        var summary = plan.AutoApproved ? "Auto-approved: no human approved this plan (--auto-approve)."
            : counted.Count > 0 ? $"Approved by {string.Join(", ", counted)} ({counted.Count} of {required} required)."
            : $"No approval recorded ({required} required).";

        return new ReportPlan(
            plan.Id,
            ReportText.Time(plan.CreatedAt),
            plan.CreatedBy,
            plan.ToolVersion,
            plan.Valid,
            plan.AutoApproved,
            plan.Policy.Approvals,
            summary,
            plan.Policy.MaxAge,
            plan.Policy.Drift)
        {
            Approvals = approvals,
            Problems = plan.Problems,
        };
    }

    private static ReportConnection Connection(PlanConnection connection, SecretMasker masker)
        => new(connection.Name, connection.Kind, connection.Id, $"{connection.Kind}:{connection.Id}")
        {
            OrgType = connection.OrgType,
            Facts = [.. connection.Facts.Select(fact => Named(fact.Key, fact.Value, masker))],
            Evidence = Evidence(connection.Evidence),
        };

    /// <summary>
    /// A param's value as planned. Plans never hold secrets (a secret shows as <c>***</c>, which stays as it
    /// is); a param whose name says it is one is hidden anyway, in case a runbook passed one as plain text.
    /// </summary>
    private static ReportParameter Parameter(PlanParameter parameter)
    {
        var value = ReportText.Value(parameter.Value);
        var masked = SecretMasker.IsSecretName(parameter.Name)
            || value.Contains(SecretValue.Mask, StringComparison.Ordinal);
        var shown = masked ? SecretValue.Mask : value;
        return new ReportParameter(parameter.Name, parameter.Type, shown, parameter.Given, masked);
    }

    /// <summary>
    /// Each precondition of the plan with the checks recorded for it at apply time, matched by its text; a
    /// check of a condition the plan does not list (the runbook changed) is kept, with no planned result.
    /// </summary>
    private static ImmutableArray<ReportPrecondition> Preconditions(
        PlanDocument plan,
        ImmutableArray<JournalEvent> events)
    {
        var applied = events
            .Where(item => item.Kind == JournalEventKinds.Precondition && item.Data is JsonObject)
            .Select(AppliedCheck)
            .ToList();

        var preconditions = plan.Preconditions.Select(condition => new ReportPrecondition(condition.Condition)
        {
            Because = condition.Because,
            Planned = Check(condition, plan.CreatedAt),
            Applied = [.. applied.Where(check => check.Condition == condition.Condition)],
        }).ToList();

        var planned = plan.Preconditions.Select(condition => condition.Condition).ToHashSet(StringComparer.Ordinal);
        preconditions.AddRange(applied
            .Where(check => !planned.Contains(check.Condition))
            .GroupBy(check => check.Condition, StringComparer.Ordinal)
            .Select(group => new ReportPrecondition(group.Key)
            {
                Because = group.First().Because,
                Applied = [.. group],
            }));
        return [.. preconditions];
    }

    private static ReportCheck Check(PlanCondition condition, DateTimeOffset at)
        => new(condition.Condition, condition.Result, Verdict(condition.Result, condition.Error))
        {
            At = ReportText.Time(at),
            Because = condition.Because,
            Error = condition.Error,
            Evidence = Evidence(condition.Evidence),
        };

    private static ReportCheck AppliedCheck(JournalEvent recorded)
    {
        var data = recorded.Data!.AsObject();
        var result = data["result"]?.GetValue<bool>() ?? false;
        var error = data["error"]?.GetValue<string>();
        var condition = data["condition"]?.GetValue<string>() ?? recorded.Message;
        return new ReportCheck(condition, result, Verdict(result, error))
        {
            At = ReportText.Time(recorded.At),
            Because = data["because"]?.GetValue<string>(),
            Error = error,
            Evidence = [.. (data["evidence"] as JsonArray ?? []).OfType<JsonObject>().Select(item => new ReportEvidence(
                Text(item["subject"]),
                Text(item["fact"]),
                Text(item["source"])))],
        };
    }

    private static string Text(JsonNode? node) => node?.GetValue<string>() ?? string.Empty;

    private static ReportNamedValue Named(string name, string value, SecretMasker masker)
        => new(name, masker.MaskNamed(name, value));

    private static string Verdict(bool result, string? error)
        => error is not null ? "could not be evaluated" : result ? "holds" : "does not hold";

    private static ImmutableArray<ReportEvidence> Evidence(ImmutableArray<PlanEvidence> evidence)
        => [.. evidence.Select(item => new ReportEvidence(item.Subject, item.Fact, item.Source))];

    private static ImmutableArray<ReportStep> Steps(RunHistory history, SecretMasker masker)
    {
        var planned = history.Run.Plan.Steps.ToDictionary(step => step.Name, StringComparer.Ordinal);
        var stopped = StoppedAt(history);
        return [.. history.Steps.Select((step, index) => Step(
            step,
            index + 1,
            planned.GetValueOrDefault(step.Record.Name),
            ReferenceEquals(step, stopped),
            history,
            masker))];
    }

    /// <summary>
    /// Where a run that did not succeed stopped: the step that failed, waits or was running when its process
    /// ended; failing that (stopped between steps), the first step that has not run.
    /// </summary>
    private static JournalStep? StoppedAt(RunHistory history)
    {
        if (history.Run.Status == RunStatus.Succeeded)
        {
            return null;
        }

        return history.Steps.FirstOrDefault(
                step => step.Record.Status is StepStatus.Failed or StepStatus.Waiting or StepStatus.Running)
            ?? history.Steps.FirstOrDefault(step => step.Record.Status == StepStatus.Pending);
    }

    private static ReportStep Step(
        JournalStep step,
        int number,
        PlanStep? plan,
        bool stoppedHere,
        RunHistory history,
        SecretMasker masker)
    {
        var record = step.Record;
        var retries = history.Events.Count(item => item.Kind == JournalEventKinds.Retry && item.Step == record.Name);
        return new ReportStep(
            number,
            record.Name,
            plan?.Kind ?? "(not in the plan)",
            JournalText.Of(record.Status),
            record.Attempts,
            retries)
        {
            Title = plan?.Title,
            StartedAt = ReportText.Time(record.StartedAt),
            EndedAt = ReportText.Time(record.EndedAt),
            Duration = ReportText.Duration(record.StartedAt, record.EndedAt),
            StoppedHere = stoppedHere,
            Error = record.Error,
            Actions = [.. (plan?.Actions ?? []).Select(item => new ReportAction(item.Description, item.Mutating))],
            Outputs = [.. record.Outputs
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => Named(pair.Key, ReportText.Value(pair.Value), masker))],
            Notes = record.Notes,
            Attempts = [.. step.Attempts.Select(Attempt)],
            Checkpoints = [.. step.Checkpoints.Select(pair => Named(pair.Key, pair.Value, masker))],
        };
    }

    private static ReportAttempt Attempt(StepAttempt attempt)
        => new(attempt.Number, ReportText.Time(attempt.StartedAt), JournalText.Of(attempt.Outcome))
        {
            EndedAt = ReportText.Time(attempt.EndedAt),
            Duration = ReportText.Duration(attempt.StartedAt, attempt.EndedAt),
            Error = attempt.Error,
        };

    private static ReportConfirmation Confirmation(JournalConfirmation recorded)
    {
        var answer = recorded.Confirmation;
        return new ReportConfirmation(
            recorded.Step,
            answer.Operator,
            ReportText.Time(answer.At),
            answer.Confirmed,
            answer.Confirmed ? "confirmed" : "reported failed",
            answer.Text,
            answer.Source);
    }

    /// <summary>A drift event; one without data comes from an engine that recorded only drift that was found.</summary>
    private static ReportDriftCheck DriftCheck(JournalEvent recorded)
    {
        if (recorded.Data is not JsonObject data)
        {
            return new ReportDriftCheck(ReportText.Time(recorded.At), Drifted: true, recorded.Message)
            {
                Step = recorded.Step,
                Differences = [recorded.Message],
            };
        }

        var drifted = data["drifted"]?.GetValue<bool>() ?? true;
        return new ReportDriftCheck(ReportText.Time(recorded.At), drifted, recorded.Message)
        {
            Step = data["step"]?.GetValue<string>() ?? recorded.Step,
            Differences = [.. (data["differences"] as JsonArray ?? []).Select(Text)],
        };
    }

    private static ReportOutcome Outcome(RunRecord run, ReportStep? stoppedAt, ReportOptions options)
    {
        var status = JournalText.Of(run.Status);
        if (run.Status == RunStatus.Succeeded)
        {
            return new ReportOutcome(status, Succeeded: true, "The run succeeded: every step succeeded or was skipped.")
            {
                Message = run.StatusMessage,
            };
        }

        var at = stoppedAt is null ? string.Empty : $" at step '{stoppedAt.Name}'";
        var summary = run.Status switch
        {
            RunStatus.Failed => $"The run failed{at}.",
            RunStatus.Stopped => $"The run was stopped by the operator{at}.",
            RunStatus.WaitingForOperator => $"The run waits for a person to confirm a manual step{at}.",
            _ => $"The run has not finished{at}: it is still running, or its process ended without recording an end.",
        };

        var command = $"runbook apply --resume {run.Id}";
        if (run.Status == RunStatus.WaitingForOperator && stoppedAt is not null)
        {
            command += $" --confirm {stoppedAt.Name}";
        }

        if (options.StatePath is { } state)
        {
            command += $" --state {Quote(state)}";
        }

        return new ReportOutcome(status, Succeeded: false, summary)
        {
            Message = run.StatusMessage,
            StoppedAt = stoppedAt?.Name,
            ResumeCommand = command,
        };
    }

    private static string Quote(string path)
        => path.Any(character => char.IsWhiteSpace(character) || character is '"' or '\'' or '$' or '`' or '\\')
            ? "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'"
            : path;
}
