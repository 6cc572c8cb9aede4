using System.Text;

namespace Runbook.Engine.Planning;

/// <summary>Writes a plan for people: each step with its actions, mutating ones marked, then the verdict.</summary>
public static class PlanRenderer
{
    /// <summary>The plan as plain text for a terminal.</summary>
    public static string ToText(PlanDocument plan)
    {
        var text = new StringBuilder();
        text.AppendLine(
            $"Plan {ShortId(plan.Id)} for runbook \"{plan.Runbook.Name}\"" +
            $"{(plan.Runbook.Title is null ? "" : $" ({plan.Runbook.Title})")}");
        text.AppendLine(
            $"  {plan.Runbook.Path}  sha256 {plan.Runbook.Sha256[..12]}  " +
            $"made by {plan.CreatedBy} at {plan.CreatedAt:u}");

        if (plan.Parameters.Length > 0)
        {
            text.AppendLine().AppendLine("Parameters");
            foreach (var parameter in plan.Parameters)
            {
                text.AppendLine(
                    $"  {parameter.Name} = {parameter.Value?.ToJsonString() ?? "null"}" +
                    $"{(parameter.Given ? "" : "  (default)")}");
            }
        }

        text.AppendLine().AppendLine("Connections");
        foreach (var connection in plan.Connections)
        {
            text.AppendLine(
                $"  {connection.Name} ({connection.Kind}): {connection.Id}" +
                $"{(connection.OrgType is null ? "" : $", {connection.OrgType}")}");
            foreach (var evidence in connection.Evidence)
            {
                text.AppendLine($"      {Evidence(evidence)}");
            }
        }

        AppendConditions(text, "Preconditions", plan.Preconditions);

        text.AppendLine().AppendLine("Steps");
        var number = 0;
        foreach (var step in plan.Steps)
        {
            number++;
            text.AppendLine(
                $"  {number}. {step.Name}: {step.Kind}" +
                $"{(step.Title is null ? "" : $" \"{step.Title}\"")}" +
                $"{(step.Skipped ? "  (skipped: when is false)" : "")}");
            foreach (var action in step.Actions)
            {
                text.AppendLine($"     {(action.Mutating ? "~ " : "  ")}{action.Description}");
            }

            foreach (var (name, value) in step.Outputs)
            {
                text.AppendLine($"       output {name} = {value?.ToJsonString() ?? "null"}");
            }

            foreach (var warning in step.Warnings)
            {
                text.AppendLine($"     ! {warning}");
            }

            foreach (var blocker in step.Blockers)
            {
                text.AppendLine($"     x {blocker}");
            }
        }

        if (plan.Steps.IsEmpty)
        {
            text.AppendLine(plan.Preconditions.All(condition => condition.Result)
                ? "  (none)"
                : "  (not planned: a precondition does not hold)");
        }

        AppendConditions(text, "Expectations", plan.Expectations);

        text.AppendLine();
        var mutating = plan.Steps.Sum(step => step.Actions.Count(action => action.Mutating));
        text.AppendLine($"Actions marked ~ change a system: {mutating}.");
        text.AppendLine($"Approvals: {Approvals.Count(plan)} of {plan.Policy.Approvals} required " +
            $"(from people other than {plan.CreatedBy}); " +
            $"valid for {plan.Policy.MaxAge}; drift allowed {plan.Policy.Drift}%.");
        foreach (var approval in plan.Approvals)
        {
            text.AppendLine(
                $"  approved by {approval.By} at {approval.At:u}" +
                $"{(approval.Comment is null ? "" : $": {approval.Comment}")}");
        }

        text.AppendLine(plan.Valid ? "The plan is valid." : "The plan is NOT valid:");
        foreach (var problem in plan.Problems)
        {
            text.AppendLine($"  - {problem}");
        }

        return text.ToString();
    }

    private static void AppendConditions(
        StringBuilder text,
        string heading,
        IReadOnlyCollection<PlanCondition> conditions)
    {
        if (conditions.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine(heading);
        foreach (var condition in conditions)
        {
            text.AppendLine($"  [{(condition.Result ? "ok" : "FAILED")}] {condition.Condition}");
            if (condition.Because is not null)
            {
                text.AppendLine($"        because {condition.Because}");
            }

            foreach (var evidence in condition.Evidence)
            {
                text.AppendLine($"        {Evidence(evidence)}");
            }
        }
    }

    private static string Evidence(PlanEvidence evidence)
        => evidence.Source == "declared"
            ? $"{evidence.Subject}: {evidence.Fact} (declared, not observed)"
            : $"{evidence.Subject}: {evidence.Fact}";

    /// <summary>The first characters of a plan id, enough to tell plans apart in messages.</summary>
    public static string ShortId(string id)
        => id.StartsWith("sha256:", StringComparison.Ordinal) && id.Length > 19 ? id[7..19] : id;
}
