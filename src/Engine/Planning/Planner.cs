using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Runbook.Engine.Binding;
using Runbook.Engine.Binding.Bound;
using Runbook.Engine.Evaluation;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Planning;

/// <summary>
/// Makes a plan: opens every connection read-only, proves the preconditions, asks every step to plan in
/// order (later steps see earlier steps' planned outputs) and checks the plan block's expectations. Nothing
/// it does can change a system: every connection handle it opens is read-only.
/// </summary>
public static class Planner
{
    /// <summary>Plans a runbook; problems reaching systems come as <see cref="EvaluationException"/>.</summary>
    public static async Task<PlanDocument> CreateAsync(PlanRequest request, CancellationToken cancellationToken)
    {
        var runbook = request.Compilation.Runbook;
        var parameters = ParamValues.Resolve(runbook, request.Params);
        var session = await PlanningSession.OpenAsync(
            runbook, parameters, request.Plugins, request.Environment, ConnectionMode.ReadOnly, cancellationToken)
            .ConfigureAwait(false);

        await using (session.ConfigureAwait(false))
        {
            var preconditions = await EvaluateConditionsAsync(runbook.Requirements, session.Scope, cancellationToken)
                .ConfigureAwait(false);
            var steps = ImmutableArray<PlanStep>.Empty;
            var expectations = ImmutableArray<PlanCondition>.Empty;
            var problems = ImmutableArray.CreateBuilder<string>();

            foreach (var failed in preconditions.Where(condition => !condition.Result))
            {
                problems.Add(DescribeFailure("Precondition", failed));
            }

            if (problems.Count == 0)
            {
                var planned = await PlanStepsAsync(runbook, session, cancellationToken).ConfigureAwait(false);
                steps = planned.Steps;
                expectations = await EvaluateConditionsAsync(
                        runbook.Plan.Expectations,
                        planned.Scope,
                        cancellationToken)
                    .ConfigureAwait(false);
                problems.AddRange(steps.SelectMany(
                    step => step.Blockers.Select(blocker => $"Step '{step.Name}': {blocker}")));
                problems.AddRange(expectations.Where(condition => !condition.Result)
                    .Select(condition => DescribeFailure("Expectation", condition)));
            }

            var document = new PlanDocument
            {
                Runbook = DescribeRunbook(request),
                ToolVersion = request.ToolVersion,
                CreatedAt = request.Environment.Time.GetUtcNow(),
                CreatedBy = request.CreatedBy,
                Parameters = [.. runbook.Params.Select(param => new PlanParameter(
                    param.Name,
                    param.Type.Name,
                    PlanValues.ToJson(parameters[param.Name]),
                    request.Params.ContainsKey(param.Name)))],
                Connections = [.. session.Connections.Values.Select(DescribeConnection)],
                Preconditions = preconditions,
                Steps = steps,
                Expectations = expectations,
                Policy = PolicyOf(runbook),
                Valid = problems.Count == 0,
                Problems = problems.ToImmutable(),
            };
            return PlanFile.WithId(document);
        }
    }

    /// <summary>Plans the steps in order, each seeing the planned outputs of those before it.</summary>
    internal static async Task<(ImmutableArray<PlanStep> Steps, EvaluationScope Scope)> PlanStepsAsync(
        BoundRunbook runbook,
        PlanningSession session,
        CancellationToken cancellationToken)
    {
        var scope = session.Scope;
        var steps = ImmutableArray.CreateBuilder<PlanStep>();
        foreach (var step in runbook.Steps)
        {
            var (planned, outputs) = await PlanStepAsync(step, scope, session.Plugins, cancellationToken)
                .ConfigureAwait(false);
            steps.Add(planned);
            scope = scope.WithStepOutputs(step.Symbol.Name, outputs);
        }

        return (steps.ToImmutable(), scope);
    }

    /// <summary>Plans one step: its attributes, its <c>when</c>, and the plugin's plan.</summary>
    internal static async Task<(PlanStep Step, ImmutableDictionary<string, object?> Outputs)> PlanStepAsync(
        BoundStep step,
        EvaluationScope scope,
        PluginRegistry plugins,
        CancellationToken cancellationToken)
    {
        var symbol = step.Symbol;
        var plugin = plugins.FindStepPlugin(symbol.Kind)
            ?? throw new EvaluationException(
                $"No loaded plugin provides the step kind '{symbol.Kind}' of step '{symbol.Name}'.");
        var title = step.Title is null
            ? null
            : RuntimeValue.Format((await ExpressionEvaluator
                .EvaluateAsync(step.Title, scope, cancellationToken)
                .ConfigureAwait(false)).Value);
        var (attributes, evidence) = await AttributeEvaluator.EvaluateAsync(
                step.Attributes,
                BuiltInProperties.Step.AddRange(plugin.Schema.Attributes),
                scope,
                cancellationToken)
            .ConfigureAwait(false);

        if (!attributes.GetBool("when", fallback: true))
        {
            var skipped = new PlanStep(symbol.Name, symbol.Kind, Skipped: true)
            {
                Title = title,
                Attributes = attributes.ForDisplay(),
                Evidence = PlanValues.ToRecords(evidence),
            };
            return (skipped, ZeroOutputs(plugin.Schema));
        }

        var plan = await plugin.PlanAsync(
                new StepPlanContext(symbol.Name, title, attributes, scope.Environment),
                cancellationToken)
            .ConfigureAwait(false);
        var outputs = ZeroOutputs(plugin.Schema).SetItems(plan.Outputs);
        var planned = new PlanStep(symbol.Name, symbol.Kind, Skipped: false)
        {
            Title = title,
            Attributes = attributes.ForDisplay(),
            Actions = [.. plan.Actions.Select(action => new PlanAction(action.Description, action.IsMutating))],
            Outputs = outputs.ToImmutableSortedDictionary(
                pair => pair.Key,
                pair => PlanValues.ToJson(pair.Value),
                StringComparer.Ordinal),
            Facts = [.. plan.Facts.Select(fact => new PlanFactRecord(fact.Name, PlanValues.ToJson(fact.Value),
                fact.Tolerance == FactTolerance.Exact ? "exact" : "growth"))],
            Evidence = PlanValues.ToRecords(evidence.AddRange(plan.Evidence)),
            Warnings = plan.Warnings,
            Blockers = plan.Blockers,
        };
        return (planned, outputs);
    }

    /// <summary>Evaluates requires or expects; one that cannot be evaluated counts as not holding.</summary>
    internal static async Task<ImmutableArray<PlanCondition>> EvaluateConditionsAsync(
        ImmutableArray<BoundCondition> conditions,
        EvaluationScope scope,
        CancellationToken cancellationToken)
    {
        var results = ImmutableArray.CreateBuilder<PlanCondition>();
        foreach (var condition in conditions)
        {
            var because = condition.Because is null
                ? null
                : RuntimeValue.Format((await ExpressionEvaluator
                    .EvaluateAsync(condition.Because, scope, cancellationToken)
                    .ConfigureAwait(false)).Value);
            var evaluated = await ExpressionEvaluator.EvaluateAsync(condition.Condition, scope, cancellationToken)
                .ConfigureAwait(false);
            results.Add(new PlanCondition(condition.ConditionText, because, evaluated.Value is true)
            {
                Evidence = PlanValues.ToRecords(evaluated.Evidence),
            });
        }

        return results.ToImmutable();
    }

    internal static ImmutableDictionary<string, object?> ZeroOutputs(StepKindSchema schema)
        => schema.Outputs.ToImmutableDictionary(
            output => output.Name,
            output => ExpressionEvaluator.ZeroValue(output.Type));

    internal static PlanPolicy PolicyOf(BoundRunbook runbook)
    {
        long Approvals() => Constant(runbook.Plan.Find("approvals")) as long? ?? 1L;
        TimeSpan MaxAge() => Constant(runbook.Plan.Find("max_age")) as TimeSpan? ?? TimeSpan.FromHours(24);
        long Drift() => Constant(runbook.Plan.Find("drift")) as long? ?? 10L;
        return new PlanPolicy(Approvals(), LiteralGrammar.FormatDuration(MaxAge()), Drift());
    }

    private static object? Constant(BoundAttribute? attribute)
        => attribute is null ? null : Binder.ConstantValue(attribute.Value);

    private static PlanRunbook DescribeRunbook(PlanRequest request)
    {
        var runbook = request.Compilation.Runbook;
        return new PlanRunbook(runbook.Name, request.RunbookPath, HashText(request.Compilation.SyntaxTree.Text.Text))
        {
            Title = (runbook.FindProperty("title")?.Value as BoundString)?.ConstantValue,
            Version = (runbook.FindProperty("version")?.Value as BoundString)?.ConstantValue,
        };
    }

    /// <summary>The hex SHA-256 of a runbook's exact text, as recorded in plans.</summary>
    public static string HashText(string text)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    internal static PlanConnection DescribeConnection(ConnectionHandle handle) => new(
        handle.Name, handle.Kind, handle.Identity.Id, handle.Identity.OrgType)
    {
        Facts = handle.Identity.Facts,
        Evidence = PlanValues.ToRecords(handle.Identity.Evidence),
    };

    private static string DescribeFailure(string what, PlanCondition condition)
        => condition.Because is null
            ? $"{what} does not hold: {condition.Condition}."
            : $"{what} does not hold: {condition.Condition}. {condition.Because}";
}
