using System.Collections.Immutable;
using System.Text;
using Runbook.Engine.Binding;
using Runbook.Engine.Binding.Bound;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Evaluation;

/// <summary>
/// Evaluates bound expressions against live connections. <c>and</c> and <c>or</c> stop at the first operand
/// that decides them, so a function that need not run does not run, and leaves no evidence.
/// </summary>
public static class ExpressionEvaluator
{
    /// <summary>Evaluates <paramref name="expression"/>; problems come as <see cref="EvaluationException"/>.</summary>
    public static async Task<EvaluatedValue> EvaluateAsync(
        BoundExpression expression,
        EvaluationScope scope,
        CancellationToken cancellationToken)
    {
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        var value = await EvaluateAsync(expression, scope, evidence, cancellationToken).ConfigureAwait(false);
        return new EvaluatedValue(value, evidence.ToImmutable());
    }

    private static async Task<object?> EvaluateAsync(
        BoundExpression expression,
        EvaluationScope scope,
        ImmutableArray<Evidence>.Builder evidence,
        CancellationToken cancellationToken)
    {
        switch (expression)
        {
            case BoundLiteral literal:
                return literal.Value;
            case BoundString text:
                return await EvaluateStringAsync(text, scope, evidence, cancellationToken).ConfigureAwait(false);
            case BoundParamReference reference:
                return scope.Params.GetValueOrDefault(reference.Param.Name);
            case BoundConnectionReference reference:
                return scope.Connections.TryGetValue(reference.Connection.Name, out var handle)
                    ? handle
                    : throw new EvaluationException($"Connection '{reference.Connection.Name}' is not open here.");
            case BoundStepOutput output:
                return ReadStepOutput(output, scope);
            case BoundList list:
                var items = ImmutableArray.CreateBuilder<object?>(list.Items.Length);
                foreach (var item in list.Items)
                {
                    items.Add(await EvaluateAsync(item, scope, evidence, cancellationToken).ConfigureAwait(false));
                }

                return items.MoveToImmutable();
            case BoundNot not:
                return !AsBool(
                    await EvaluateAsync(not.Operand, scope, evidence, cancellationToken).ConfigureAwait(false),
                    not);
            case BoundBinary binary:
                return await EvaluateBinaryAsync(binary, scope, evidence, cancellationToken).ConfigureAwait(false);
            case BoundCall call:
                return await CallAsync(call, scope, evidence, cancellationToken).ConfigureAwait(false);
            default:
                throw new EvaluationException($"'{expression.Syntax}' cannot be evaluated: the runbook has errors.");
        }
    }

    private static async Task<string> EvaluateStringAsync(
        BoundString text,
        EvaluationScope scope,
        ImmutableArray<Evidence>.Builder evidence,
        CancellationToken cancellationToken)
    {
        var builder = new StringBuilder(text.Texts[0]);
        for (var i = 0; i < text.Interpolations.Length; i++)
        {
            var value = await EvaluateAsync(text.Interpolations[i], scope, evidence, cancellationToken)
                .ConfigureAwait(false);
            builder.Append(RuntimeValue.Format(value)).Append(text.Texts[i + 1]);
        }

        return builder.ToString();
    }

    private static object? ReadStepOutput(BoundStepOutput output, EvaluationScope scope)
    {
        if (scope.StepOutputs.TryGetValue(output.Step.Name, out var outputs)
            && outputs.TryGetValue(output.Output, out var value))
        {
            return value;
        }

        throw new EvaluationException(
            $"steps.{output.Step.Name}.{output.Output} has no value: step '{output.Step.Name}' has not produced it.");
    }

    private static async Task<object?> EvaluateBinaryAsync(
        BoundBinary binary,
        EvaluationScope scope,
        ImmutableArray<Evidence>.Builder evidence,
        CancellationToken cancellationToken)
    {
        var left = await EvaluateAsync(binary.Left, scope, evidence, cancellationToken).ConfigureAwait(false);
        switch (binary.Operator)
        {
            case BinaryOperator.And when !AsBool(left, binary.Left):
                return false;
            case BinaryOperator.Or when AsBool(left, binary.Left):
                return true;
            case BinaryOperator.And or BinaryOperator.Or:
                return AsBool(
                    await EvaluateAsync(binary.Right, scope, evidence, cancellationToken).ConfigureAwait(false),
                    binary.Right);
        }

        var right = await EvaluateAsync(binary.Right, scope, evidence, cancellationToken).ConfigureAwait(false);
        return binary.Operator switch
        {
            BinaryOperator.Equal => RuntimeValue.AreEqual(left, right),
            BinaryOperator.NotEqual => !RuntimeValue.AreEqual(left, right),
            BinaryOperator.Less => RuntimeValue.Compare(left, right) < 0,
            BinaryOperator.LessOrEqual => RuntimeValue.Compare(left, right) <= 0,
            BinaryOperator.Greater => RuntimeValue.Compare(left, right) > 0,
            _ => RuntimeValue.Compare(left, right) >= 0,
        };
    }

    private static async Task<object?> CallAsync(
        BoundCall call,
        EvaluationScope scope,
        ImmutableArray<Evidence>.Builder evidence,
        CancellationToken cancellationToken)
    {
        var plugin = scope.Plugins.FindFunctionPlugin(call.FunctionName)
            ?? throw new EvaluationException($"No loaded plugin provides the function '{call.FunctionName}'.");

        var arguments = ImmutableArray.CreateBuilder<object?>(call.Arguments.Length);
        foreach (var argument in call.Arguments)
        {
            arguments.Add(await EvaluateAsync(argument, scope, evidence, cancellationToken).ConfigureAwait(false));
        }

        var result = await plugin.InvokeAsync(
                new FunctionContext(scope.Environment),
                arguments.MoveToImmutable(),
                cancellationToken)
            .ConfigureAwait(false);
        evidence.AddRange(result.Evidence);
        return result.Value;
    }

    private static bool AsBool(object? value, BoundExpression expression) => value as bool?
        ?? throw new EvaluationException($"'{expression.Syntax.ToFullString().Trim()}' did not produce true or false.");

    /// <summary>The value an output has when its step was skipped: zero, empty, false.</summary>
    public static object? ZeroValue(RunbookType type) => type.Kind switch
    {
        RunbookTypeKind.Int => 0L,
        RunbookTypeKind.Bool => false,
        RunbookTypeKind.Duration => TimeSpan.Zero,
        RunbookTypeKind.String => string.Empty,
        RunbookTypeKind.List => ImmutableArray<object?>.Empty,
        _ => null,
    };
}
