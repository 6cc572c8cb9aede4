using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Steps.Plugins.Rules;
using Runbook.Steps.Salesforce;

namespace Runbook.Steps.Plugins.Salesforce;

/// <summary>
/// <c>salesforce.refresh_sandbox</c>: refreshes a sandbox from its source production org (a PATCH of the
/// sandbox's SandboxInfo through the Tooling API) and waits for the copy to finish. Resumable: the new
/// SandboxProcess id is saved as soon as it is known, and a resumed step waits for that copy instead of
/// starting another.
/// </summary>
public sealed class RefreshSandboxStep : StepPlugin
{
    /// <summary>The checkpoint holding the SandboxProcess of the refresh this step started.</summary>
    public const string ProcessCheckpoint = "sandbox_process_id";

    /// <summary>
    /// The checkpoint holding the newest SandboxProcess before the refresh was requested ("none" when there was
    /// none). Saved before the request, so that an attempt that stopped between the request and learning the
    /// new process id can tell whether its request took effect.
    /// </summary>
    public const string PreviousProcessCheckpoint = "previous_sandbox_process_id";

    private readonly BuiltInPluginOptions _options;

    /// <summary>Creates the step with the given pacing.</summary>
    public RefreshSandboxStep(BuiltInPluginOptions? options = null) =>
        _options = options ?? BuiltInPluginOptions.Default;

    /// <inheritdoc />
    public override StepKindSchema Schema { get; } = new(
        "salesforce.refresh_sandbox",
        "Refreshes a sandbox from its source production org and waits until the copy completes.",
        [
            new AttributeSchema("org", RunbookType.Connection("salesforce"),
                "The source production org, where the sandbox is defined.")
            {
                Required = true,
            },
            new AttributeSchema("sandbox", RunbookType.String, "The sandbox name, such as uat.") { Required = true },
            new AttributeSchema("auto_activate", RunbookType.Bool,
                "Activate the copy as soon as it is ready; otherwise it waits in Pending Activation.")
            {
                DefaultValue = true,
            },
        ],
        [new OutputSchema("sandbox_process_id", RunbookType.String, "The SandboxProcess of the refresh.")]);

    /// <inheritdoc />
    public override void Validate(PluginValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TryGetConstant("sandbox", out var value) && value is string sandbox
            && SalesforceNames.SandboxNameProblem(sandbox) is { } problem)
        {
            context.Report(DiagnosticCatalog.InvalidSandboxName, "sandbox", sandbox, problem);
        }
    }

    /// <inheritdoc />
    public override async Task<StepPlan> PlanAsync(StepPlanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var org = context.Attributes.GetConnection<SalesforceHandle>("org");
        var sandbox = context.Attributes.GetString("sandbox") ?? "";
        var autoActivate = context.Attributes.GetBool("auto_activate", fallback: true);
        var blockers = ImmutableArray.CreateBuilder<string>();
        var warnings = ImmutableArray.CreateBuilder<string>();
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        evidence.AddRange(org.Identity.Evidence);

        if (SalesforceNames.SandboxNameProblem(sandbox) is { } nameProblem)
        {
            blockers.Add($"'{sandbox}' is not a valid sandbox name: {nameProblem}.");
            return new StepPlan { Blockers = blockers.ToImmutable(), Evidence = evidence.ToImmutable() };
        }

        if (org.System.OrgType != OrgTypes.Production)
        {
            blockers.Add(
                $"{org.Name} is org {org.Org.Id}, which is " +
                $"{OrgTypes.Describe(org.System.OrgType, org.System.OrgTypeNote)}; a sandbox is refreshed from its " +
                "source production org.");
        }

        var info = await org.Api.GetSandboxInfoAsync(sandbox, cancellationToken).ConfigureAwait(false);
        if (info is null)
        {
            blockers.Add($"Org {org.Org.Id} ({org.Name}) has no sandbox named '{sandbox}' (no SandboxInfo).");
            return new StepPlan
            {
                Blockers = blockers.ToImmutable(),
                Evidence = evidence.ToImmutable(),
                Outputs = PlannedOutputs,
            };
        }

        evidence.Add(new Evidence(
            org.Name,
            $"SandboxInfo {info.Id}: sandbox {info.SandboxName}, LicenseType {info.LicenseType}, " +
            $"AutoActivate {(info.AutoActivate ? "true" : "false")}"));

        var processes = await org.Api.FindSandboxProcessesAsync(sandbox, cancellationToken).ConfigureAwait(false);
        if (processes.Warning is { } several)
        {
            warnings.Add(several);
        }

        var now = context.Environment.Time.GetUtcNow();
        var earliest = CheckTiming(info, processes.Latest, now, blockers, warnings, evidence, org);
        var when = earliest switch
        {
            null => "earliest refresh date unknown",
            { } date when date == DateTimeOffset.MinValue => "never copied, allowed now",
            { } date when date <= now => $"allowed since {Counts.Date(date)}",
            { } date => $"allowed from {Counts.Date(date)}",
        };
        var activation = autoActivate ? "activating it when the copy is ready" : "leaving it to be activated by hand";
        var action = new PlannedAction(
            $"Refresh sandbox {info.SandboxName} ({info.LicenseType}; {when}) from production org {org.Org.Id} " +
            $"({org.Name}), {activation}",
            IsMutating: true);

        return new StepPlan
        {
            Actions = [action],
            Outputs = PlannedOutputs,
            Facts =
            [
                new PlanFact($"SandboxInfo {info.SandboxName} id", info.Id, FactTolerance.Exact),
                new PlanFact($"SandboxInfo {info.SandboxName} licence", info.LicenseType, FactTolerance.Exact),
            ],
            Evidence = evidence.ToImmutable(),
            Warnings = warnings.ToImmutable(),
            Blockers = blockers.ToImmutable(),
        };
    }

    /// <inheritdoc />
    public override async Task<StepOutcome> ExecuteAsync(
        StepExecutionContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var logger = context.CreateLogger(typeof(RefreshSandboxStep));
        var org = context.Attributes.GetConnection<SalesforceHandle>("org");
        var client = org.Client;
        var sandbox = context.Attributes.GetString("sandbox") ?? "";
        var autoActivate = context.Attributes.GetBool("auto_activate", fallback: true);

        var processId = context.Checkpoints.Get(ProcessCheckpoint)
            ?? await FindRequestedRefreshAsync(context, client, sandbox, cancellationToken).ConfigureAwait(false);
        if (processId is not null)
        {
            PluginLog.SandboxRefreshReattached(logger, sandbox, processId);
        }
        else
        {
            processId = await StartRefreshAsync(context, client, sandbox, autoActivate, cancellationToken)
                .ConfigureAwait(false);
            PluginLog.SandboxRefreshStarted(logger, sandbox, processId);
        }

        var progress = new Progress(context.Progress);
        var poll = _options.SandboxPoll(context.Environment.EmulatorUrl is not null);
        var final = await client.WaitForSandboxProcessAsync(processId, poll, progress, cancellationToken)
            .ConfigureAwait(false);
        PluginLog.SandboxRefreshEnded(logger, sandbox, final.Id, final.Status);

        if (final.IsFailed)
        {
            throw new StepFailedException(
                $"The refresh of sandbox {sandbox} ended with status {final.Status} (SandboxProcess {final.Id}); " +
                "see Setup > Sandboxes in the production org.");
        }

        var note = final.IsAwaitingActivation
            ? $"Sandbox {sandbox} is copied and waits to be activated (SandboxProcess {final.Id}, Pending Activation)."
            : $"Sandbox {sandbox} refreshed (SandboxProcess {final.Id}, {final.Status}" +
              $"{(final.EndDate is { } end ? $" at {Counts.Date(end)}" : "")}).";
        return new StepOutcome(ImmutableDictionary<string, object?>.Empty.Add("sandbox_process_id", final.Id))
        {
            Notes = [note],
        };
    }

    private static ImmutableDictionary<string, object?> PlannedOutputs { get; } =
        ImmutableDictionary<string, object?>.Empty.Add("sandbox_process_id", "");

    private static DateTimeOffset? CheckTiming(
        SandboxInfo info,
        SandboxProcessInfo? latest,
        DateTimeOffset now,
        ImmutableArray<string>.Builder blockers,
        ImmutableArray<string>.Builder warnings,
        ImmutableArray<Evidence>.Builder evidence,
        SalesforceHandle org)
    {
        if (latest is null)
        {
            evidence.Add(new Evidence(org.Name, $"sandbox {info.SandboxName} has no SandboxProcess: never copied"));
            return DateTimeOffset.MinValue;
        }

        evidence.Add(new Evidence(
            org.Name,
            $"newest SandboxProcess {latest.Id}: started {Counts.Date(latest.CreatedDate)}, Status {latest.Status}, " +
            $"CopyProgress {latest.CopyProgress}%"));

        if (!latest.IsTerminal)
        {
            blockers.Add(
                $"Sandbox {info.SandboxName} is being copied now (SandboxProcess {latest.Id}, {latest.Status}, " +
                $"{latest.CopyProgress}%); wait until the copy finishes before planning another refresh.");
            return null;
        }

        var earliest = SandboxRefreshIntervals.EarliestRefresh(info.LicenseType, latest.CreatedDate);
        if (earliest is not { } allowed)
        {
            warnings.Add(
                $"Licence type {info.LicenseType} is not one whose refresh interval is known; Salesforce may refuse " +
                "the refresh if it comes too early.");
            return null;
        }

        var days = SandboxRefreshIntervals.For(info.LicenseType)!.Value.Days;
        evidence.Add(new Evidence(
            org.Name,
            $"a {info.LicenseType} sandbox may be refreshed every {Counts.Of(days, "day")}: the next refresh is " +
            $"allowed from {Counts.Date(allowed)}"));
        if (now < allowed)
        {
            blockers.Add(
                $"Sandbox {info.SandboxName} ({info.LicenseType}) was last refreshed at " +
                $"{Counts.Date(latest.CreatedDate)}; Salesforce allows the next refresh from {Counts.Date(allowed)}.");
        }

        return allowed;
    }

    private static async Task<string> StartRefreshAsync(
        StepExecutionContext context,
        SalesforceClient client,
        string sandbox,
        bool autoActivate,
        CancellationToken cancellationToken)
    {
        var info = await client.GetSandboxInfoAsync(sandbox, cancellationToken).ConfigureAwait(false)
            ?? throw new StepFailedException($"The production org has no sandbox named '{sandbox}' (no SandboxInfo).");
        var before = await client.FindSandboxProcessesAsync(sandbox, cancellationToken).ConfigureAwait(false);
        var previous = before.Latest?.Id ?? "none";

        // Written before the request: if this attempt stops before it learns the new process id, the next one
        // compares the newest process with this and re-attaches instead of asking for a second refresh.
        await context.Checkpoints.SetAsync(PreviousProcessCheckpoint, previous, cancellationToken)
            .ConfigureAwait(false);

        var after = await client.RefreshSandboxAsync(info, licenseType: null, autoActivate, null, cancellationToken)
            .ConfigureAwait(false);
        if (after.Latest is not { } started || started.Id == previous)
        {
            throw new StepFailedException(
                $"Salesforce accepted the refresh of sandbox {sandbox} but lists no new SandboxProcess for it; " +
                "check Setup > Sandboxes in the production org before running the step again.");
        }

        await context.Checkpoints.SetAsync(ProcessCheckpoint, started.Id, cancellationToken).ConfigureAwait(false);
        return started.Id;
    }

    private static async Task<string?> FindRequestedRefreshAsync(
        StepExecutionContext context,
        SalesforceClient client,
        string sandbox,
        CancellationToken cancellationToken)
    {
        if (context.Checkpoints.Get(PreviousProcessCheckpoint) is not { } previous)
        {
            return null;
        }

        var lookup = await client.FindSandboxProcessesAsync(sandbox, cancellationToken).ConfigureAwait(false);
        if (lookup.Latest is not { } latest || latest.Id == previous)
        {
            return null;
        }

        await context.Checkpoints.SetAsync(ProcessCheckpoint, latest.Id, cancellationToken).ConfigureAwait(false);
        return latest.Id;
    }

    /// <summary>Turns SandboxProcess polls into step progress: percent copied, with the status as message.</summary>
    private sealed class Progress(IProgress<StepProgress> target) : IProgress<SandboxProcessInfo>
    {
        public void Report(SandboxProcessInfo value) =>
            target.Report(new StepProgress(value.CopyProgress, 100, "%", value.Status));
    }
}
