using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Steps.Salesforce;

namespace Runbook.Steps.Plugins.Salesforce;

/// <summary>
/// <c>salesforce.delete_records</c>: deletes every record of some objects (optionally those matching a
/// condition). Planning counts each object with one COUNT() query. Execution streams the ids and deletes them
/// 200 at a time through sObject Collections with several calls in flight, or through one Bulk API 2.0 job per
/// object above a threshold (and always for a hard delete, which only the Bulk API can do). Resumable through
/// checkpoints; see <see cref="DoneCheckpoint"/>, <see cref="DeletedCheckpoint"/> and <see cref="BulkJobCheckpoint"/>.
/// </summary>
public sealed partial class DeleteRecordsStep : StepPlugin
{
    /// <summary>Checkpoint "done:OBJECT" = "DELETED,FAILED": the object is finished; a resumed step skips it.</summary>
    public const string DoneCheckpoint = "done:";

    /// <summary>
    /// Checkpoint "deleted:OBJECT" = the records a collections delete has deleted so far. A resumed step adds to
    /// it and queries what is left: deleted records no longer match, so nothing is deleted twice.
    /// </summary>
    public const string DeletedCheckpoint = "deleted:";

    /// <summary>
    /// Checkpoint "bulk_job:OBJECT" = the Bulk API 2.0 job id, saved before the upload; a resumed step re-attaches.
    /// </summary>
    public const string BulkJobCheckpoint = "bulk_job:";

    private const long MaxParallelism = 16;
    private const long MaxBulkThreshold = 100_000_000;

    private readonly BuiltInPluginOptions _options;

    /// <summary>Creates the step with the given pacing.</summary>
    public DeleteRecordsStep(BuiltInPluginOptions? options = null) =>
        _options = options ?? BuiltInPluginOptions.Default;

    /// <inheritdoc />
    public override StepKindSchema Schema { get; } = new(
        "salesforce.delete_records",
        "Deletes the records of some objects, through sObject Collections or Bulk API 2.0 by volume.",
        [
            new AttributeSchema("org", RunbookType.Connection("salesforce"), "The org to delete from.")
            {
                Required = true,
            },
            new AttributeSchema("objects", RunbookType.ListOf(RunbookType.String),
                "The sObject API names, such as ia_crm__Sales_Invoice__c; deleted in this order.")
            {
                Required = true,
            },
            new AttributeSchema("where", RunbookType.String,
                "A SOQL condition the records must match, without WHERE; every record when left out."),
            new AttributeSchema("hard_delete", RunbookType.Bool,
                "Skip the recycle bin (Bulk API 2.0 hardDelete; needs the Bulk API Hard Delete permission).")
            {
                DefaultValue = false,
            },
            new AttributeSchema("parallelism", RunbookType.Int, "Collection deletes in flight at once, 1 to 16.")
            {
                DefaultValue = 4L,
            },
            new AttributeSchema("bulk_threshold", RunbookType.Int,
                "Objects with more matching records than this are deleted through a Bulk API 2.0 job.")
            {
                DefaultValue = DeleteSettings.DefaultBulkThreshold,
            },
        ],
        [
            new OutputSchema("deleted_records", RunbookType.Int, "Records deleted (planned: records that match)."),
            new OutputSchema("failed_records", RunbookType.Int, "Records that could not be deleted."),
        ]);

    /// <inheritdoc />
    public override void Validate(PluginValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        foreach (var (value, span) in context.ConstantItems("objects"))
        {
            if (value is string name && SalesforceNames.ObjectNameProblem(name) is { } problem)
            {
                context.ReportAt(DiagnosticCatalog.InvalidApiName, span, name, problem);
            }
        }

        if (context.TryGetConstant("where", out var where) && where is string condition
            && SalesforceNames.ConditionProblem(condition) is { } conditionProblem)
        {
            context.Report(DiagnosticCatalog.InvalidSoqlCondition, "where", conditionProblem);
        }

        CheckRange(context, "parallelism", 1, MaxParallelism);
        CheckRange(context, "bulk_threshold", 0, MaxBulkThreshold);
    }

    /// <inheritdoc />
    public override async Task<StepPlan> PlanAsync(StepPlanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var settings = DeleteSettings.Read(context.Attributes);
        var org = settings.Org;
        var blockers = ImmutableArray.CreateBuilder<string>();
        var warnings = ImmutableArray.CreateBuilder<string>();
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        var actions = ImmutableArray.CreateBuilder<PlannedAction>();
        var facts = ImmutableArray.CreateBuilder<PlanFact>();
        evidence.AddRange(org.Identity.Evidence);
        blockers.AddRange(settings.Problems());

        long total = 0;
        long calls = 0;
        foreach (var objectName in settings.Objects)
        {
            if (SalesforceNames.ObjectNameProblem(objectName) is { } nameProblem)
            {
                blockers.Add($"'{objectName}' is not a valid Salesforce API name: {nameProblem}.");
                continue;
            }

            if (settings.ConditionProblem is not null)
            {
                continue;
            }

            var soql = SalesforceNames.CountQuery(objectName, settings.Where);
            long count;
            try
            {
                count = await org.Api.CountAsync(soql, cancellationToken).ConfigureAwait(false);
            }
            catch (SalesforceApiException e)
                when (!e.IsTransient && e.ErrorCode != SalesforceErrorCodes.InvalidSessionId)
            {
                // An unknown object or field, or a condition Salesforce cannot read: the plan cannot stand.
                blockers.Add($"Counting {objectName} in org {org.Org.Id} failed: {e.Message}");
                continue;
            }

            var estimate = new DeleteEstimate(objectName, count, settings.UsesBulkApi(count));
            total += count;
            calls += estimate.ApiCalls;
            facts.Add(new PlanFact(CountFact(objectName), count, FactTolerance.GrowthWithinDrift));
            evidence.Add(new Evidence(
                org.Name,
                $"{Counts.Of(count, objectName + " record")} in org {org.Org.Id} ({soql})"));
            actions.Add(count == 0
                ? new PlannedAction($"No {objectName} records to delete in org {org.Org.Id}{settings.WhereText}", false)
                : new PlannedAction(
                    $"{(settings.HardDelete ? "Hard delete" : "Delete")} {Counts.Of(count, objectName + " record")}" +
                    $"{settings.WhereText} in org {org.Org.Id} {estimate.Method(settings.HardDelete)}",
                    IsMutating: true));
        }

        if (settings.HardDelete)
        {
            var permitted = await org.Api.HasBulkApiHardDeleteAsync(cancellationToken).ConfigureAwait(false);
            evidence.Add(new Evidence(
                org.Name,
                $"UserPermissionAccess.PermissionsBulkApiHardDelete = {(permitted ? "true" : "false")}"));
            if (!permitted)
            {
                blockers.Add(
                    "hard_delete needs the Bulk API Hard Delete permission, which the user of " +
                    $"{org.Name} lacks in org {org.Org.Id}; grant it through a permission set, or delete into the " +
                    "recycle bin.");
            }
        }

        CheckBudget(org, calls, evidence, warnings, blockers);
        return new StepPlan
        {
            Actions = actions.ToImmutable(),
            Outputs = Outputs(total, 0),
            Facts = facts.ToImmutable(),
            Evidence = evidence.ToImmutable(),
            Warnings = warnings.ToImmutable(),
            Blockers = blockers.ToImmutable(),
        };
    }

    internal static string CountFact(string objectName) => $"count {objectName}";

    private static ImmutableDictionary<string, object?> Outputs(long deleted, long failed) =>
        ImmutableDictionary<string, object?>.Empty
            .Add("deleted_records", deleted)
            .Add("failed_records", failed);

    private static void CheckRange(PluginValidationContext context, string attribute, long minimum, long maximum)
    {
        if (context.TryGetConstant(attribute, out var value) && value is long number
            && (number < minimum || number > maximum))
        {
            context.Report(
                DiagnosticCatalog.ValueOutOfRange,
                attribute,
                attribute,
                Counts.Format(minimum),
                Counts.Format(maximum),
                Counts.Format(number));
        }
    }

    // The daily allocation is shared by the whole org; a delete that would use most of it starves the
    // integration itself, and one that needs more than is left cannot finish.
    private static void CheckBudget(
        SalesforceHandle org,
        long calls,
        ImmutableArray<Evidence>.Builder evidence,
        ImmutableArray<string>.Builder warnings,
        ImmutableArray<string>.Builder blockers)
    {
        if (org.LatestApiUsage is not { } usage || calls == 0)
        {
            return;
        }

        evidence.Add(new Evidence(
            org.Name,
            $"about {Counts.Of(calls, "API call")} to delete; {Counts.Format(usage.Remaining)} of " +
            $"{Counts.Format(usage.Limit)} left in the org's rolling 24-hour allocation (Sforce-Limit-Info)"));
        if (calls > usage.Remaining)
        {
            blockers.Add(
                $"The delete needs about {Counts.Of(calls, "API call")} but org {org.Org.Id} has only " +
                $"{Counts.Format(usage.Remaining)} left today.");
        }
        else if (calls > usage.Remaining / 2)
        {
            warnings.Add(
                $"The delete would use about {Counts.Of(calls, "API call")}, more than half of the " +
                $"{Counts.Format(usage.Remaining)} org {org.Org.Id} has left today.");
        }
    }
}
