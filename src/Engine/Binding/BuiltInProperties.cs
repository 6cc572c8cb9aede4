using System.Collections.Immutable;
using Runbook.Engine.Plugins;

namespace Runbook.Engine.Binding;

/// <summary>
/// The properties the language itself defines: the runbook's own, the plan block's, and every step's.
/// </summary>
public static class BuiltInProperties
{
    /// <summary>Properties written directly inside the runbook.</summary>
    public static ImmutableArray<AttributeSchema> Runbook { get; } =
    [
        new("title", RunbookType.String, "A short human title, shown in plans and reports."),
        new("version", RunbookType.String, "The runbook's own version, recorded in plans, journals and reports."),
        new("description", RunbookType.String, "What the runbook does and when to use it."),
        new("owner", RunbookType.String, "Who maintains the runbook."),
    ];

    /// <summary>Properties of the plan block.</summary>
    public static ImmutableArray<AttributeSchema> Plan { get; } =
    [
        new(
            "approvals",
            RunbookType.Int,
            "How many people other than its creator must approve a plan before it is applied.")
        {
            DefaultValue = 1L,
        },
        new("max_age", RunbookType.Duration, "How long an approved plan stays valid.")
        {
            DefaultValue = TimeSpan.FromHours(24),
        },
        new("drift", RunbookType.Int, "How much, in percent, a counted fact may grow between plan and apply.")
        {
            DefaultValue = 10L,
        },
    ];

    /// <summary>Attributes every step accepts, whatever its kind.</summary>
    public static ImmutableArray<AttributeSchema> Step { get; } =
    [
        new("when", RunbookType.Bool, "Runs the step only when true; otherwise it is recorded as skipped.")
        {
            DefaultValue = true,
        },
        new("timeout", RunbookType.Duration, "The longest the step may take before it fails."),
        new("retries", RunbookType.Int, "How many times transient failures are retried.") { DefaultValue = 3L },
        new("on_failure", RunbookType.String, "\"stop\" ends the run when the step fails; \"continue\" goes on.")
        {
            DefaultValue = "stop",
        },
    ];

    /// <summary>The values <c>on_failure</c> accepts.</summary>
    public static ImmutableArray<string> OnFailureValues { get; } = ["stop", "continue"];
}
