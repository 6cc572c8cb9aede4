using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;

namespace Runbook.TestPlugin;

/// <summary>A step kind <c>test.echo</c> that plans and executes without touching any system.</summary>
public sealed class EchoStep : StepPlugin
{
    /// <summary>The plugin's own diagnostic, reported through the engine's catalogue.</summary>
    public static readonly DiagnosticDescriptor EmptyMessage = new(
        "RB3901", DiagnosticSeverity.Error, "Empty echo message",
        "test.echo needs a message to echo.",
        "The test.echo step repeats its message; give it one.");

    /// <inheritdoc />
    public override StepKindSchema Schema { get; } = new(
        "test.echo",
        "Repeats its message (a plugin for the engine's own tests).",
        [new AttributeSchema("message", RunbookType.String, "What to repeat.") { Required = true }],
        [new OutputSchema("echoed", RunbookType.String, "The message, as executed.")]);

    /// <inheritdoc />
    public override void Validate(PluginValidationContext context)
    {
        if (context.TryGetConstant("message", out var value) && value is string { Length: 0 })
        {
            context.Report(EmptyMessage, "message");
        }
    }

    /// <inheritdoc />
    public override Task<StepPlan> PlanAsync(StepPlanContext context, CancellationToken cancellationToken)
        => Task.FromResult(new StepPlan
        {
            Actions = [new PlannedAction($"Echo \"{context.Attributes.GetString("message")}\"", IsMutating: false)],
            Outputs = ImmutableDictionary<string, object?>.Empty
                .Add("echoed", "(planned) " + context.Attributes.GetString("message")),
        });

    /// <inheritdoc />
    public override Task<StepOutcome> ExecuteAsync(StepExecutionContext context, CancellationToken cancellationToken)
        => Task.FromResult(new StepOutcome(
            ImmutableDictionary<string, object?>.Empty.Add("echoed", context.Attributes.GetString("message"))));
}
