using System.Text;

namespace Runbook.Engine.Planning;

/// <summary>Writes a plan as Markdown for a pull-request comment, and its steps as a Mermaid flowchart.</summary>
public static class PlanMarkdown
{
    /// <summary>
    /// The plan as Markdown: verdict first, then preconditions, steps with changes marked, expectations.
    /// </summary>
    public static string ToMarkdown(PlanDocument plan)
    {
        var text = new StringBuilder();
        var verdict = plan.Valid ? "valid" : "**not valid**";
        text.AppendLine($"### Plan `{PlanRenderer.ShortId(plan.Id)}` for `{plan.Runbook.Name}`: {verdict}");
        text.AppendLine();
        text.AppendLine($"{plan.Runbook.Title ?? plan.Runbook.Name} · `{plan.Runbook.Path}` · " +
            $"made by {plan.CreatedBy} at {plan.CreatedAt:u} · " +
            $"{Approvals.Count(plan)} of {plan.Policy.Approvals} approval(s)");
        foreach (var problem in plan.Problems)
        {
            text.AppendLine($"> :x: {Escape(problem)}");
        }

        Conditions(text, "Preconditions", plan.Preconditions);

        text.AppendLine();
        text.AppendLine("#### Steps");
        text.AppendLine();
        text.AppendLine("| # | Step | Kind | Actions |");
        text.AppendLine("|---|---|---|---|");
        var number = 0;
        foreach (var step in plan.Steps)
        {
            number++;
            var actions = step.Skipped
                ? "_skipped: when is false_"
                : string.Join("<br>", step.Actions.Select(
                    action => (action.Mutating ? ":warning: " : "") + Escape(action.Description)));
            text.AppendLine($"| {number} | `{step.Name}` {Escape(step.Title ?? "")} | `{step.Kind}` | {actions} |");
        }

        Conditions(text, "Expectations", plan.Expectations);
        text.AppendLine();
        text.AppendLine(":warning: marks actions that change a system.");
        return text.ToString();
    }

    /// <summary>
    /// The steps as a Mermaid flowchart in run order: changes, manual steps and skipped steps styled apart.
    /// </summary>
    public static string ToMermaid(PlanDocument plan)
    {
        var text = new StringBuilder();
        text.AppendLine("flowchart TD");
        text.AppendLine($"    plan([\"{Label($"plan {PlanRenderer.ShortId(plan.Id)}: {plan.Runbook.Name}")}\"])");

        var previous = "plan";
        var number = 0;
        foreach (var step in plan.Steps)
        {
            number++;
            var id = $"s{number}";
            var label = Label($"{number}. {step.Name}") + "<br/>" + Label(step.Kind);
            var shape = step.Kind == "manual" ? $"[/\"{label}\"/]" : $"[\"{label}\"]";
            var style = step.Skipped ? "skipped"
                : step.Kind == "manual" ? "manual"
                : step.Actions.Any(action => action.Mutating) ? "mutating"
                : "reading";
            text.AppendLine($"    {id}{shape}:::{style}");
            text.AppendLine($"    {previous} --> {id}");
            previous = id;
        }

        text.AppendLine("    classDef mutating fill:#fde2e1,stroke:#c0392b,color:#000");
        text.AppendLine("    classDef manual fill:#fff4ce,stroke:#b7950b,color:#000");
        text.AppendLine("    classDef reading fill:#e8f4fd,stroke:#2874a6,color:#000");
        text.AppendLine("    classDef skipped fill:#eeeeee,stroke:#999999,color:#555,stroke-dasharray: 4 3");
        return text.ToString();
    }

    private static void Conditions(StringBuilder text, string heading, IReadOnlyCollection<PlanCondition> conditions)
    {
        if (conditions.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine($"#### {heading}");
        text.AppendLine();
        foreach (var condition in conditions)
        {
            var mark = condition.Result ? ":white_check_mark:" : ":x:";
            var because = condition.Because is null ? "" : $" — {Escape(condition.Because)}";
            text.AppendLine($"- {mark} `{condition.Condition}`{because}");
        }
    }

    private static string Escape(string text) => text
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);

    // Mermaid labels in quotes: a quote becomes its entity, and angle brackets are kept out of HTML labels.
    private static string Label(string text) => text
        .Replace("\"", "#quot;", StringComparison.Ordinal)
        .Replace("<", "#lt;", StringComparison.Ordinal)
        .Replace(">", "#gt;", StringComparison.Ordinal);
}
