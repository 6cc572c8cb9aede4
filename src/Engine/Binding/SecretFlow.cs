using Runbook.Engine.Binding.Bound;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;

namespace Runbook.Engine.Binding;

/// <summary>
/// Checks where values from <c>secret(...)</c> go. The only place one may go is directly into an attribute
/// whose schema accepts secrets; anywhere else (text, conditions, function arguments, other attributes) it
/// could reach a plan, a log or a report.
/// </summary>
internal static class SecretFlow
{
    public static void Check(BoundRunbook runbook, DiagnosticBag diagnostics)
    {
        foreach (var connection in runbook.Connections)
        {
            CheckAttributes(connection.Attributes, connection.Symbol.Schema?.Attributes ?? [], diagnostics);
        }

        foreach (var step in runbook.Steps)
        {
            var schema = step.Symbol.Schema?.Attributes ?? [];
            CheckAttributes(step.Attributes, [.. BuiltInProperties.Step, .. schema], diagnostics);
            CheckNowhere(step.Title, "a step title", diagnostics);
        }

        foreach (var property in runbook.Properties.Concat(runbook.Plan.Properties))
        {
            CheckNowhere(property.Value, $"'{property.Name}'", diagnostics);
        }

        foreach (var condition in runbook.Requirements.Concat(runbook.Plan.Expectations))
        {
            CheckNowhere(condition.Condition, "a condition", diagnostics);
            CheckNowhere(condition.Because, "a because text", diagnostics);
        }
    }

    private static void CheckAttributes(
        IEnumerable<BoundAttribute> attributes,
        IReadOnlyList<AttributeSchema> schema,
        DiagnosticBag diagnostics)
    {
        foreach (var attribute in attributes)
        {
            var accepts = AttributeSchema.Find(schema, attribute.Name)?.AcceptsSecret ?? false;
            if (attribute.Value is BoundCall { IsSecret: true } direct)
            {
                if (!accepts)
                {
                    diagnostics.SecretNotAccepted(direct.Syntax.Span, attribute.Name, SecretName(direct));
                }

                foreach (var argument in direct.Arguments)
                {
                    CheckNowhere(argument, "the name of a secret", diagnostics);
                }

                continue;
            }

            CheckNowhere(attribute.Value, PlaceOf(attribute.Value, $"'{attribute.Name}'"), diagnostics);
        }
    }

    private static void CheckNowhere(BoundExpression? expression, string place, DiagnosticBag diagnostics)
    {
        if (expression is null)
        {
            return;
        }

        ReportSecretCalls(expression, expression, place, diagnostics);
    }

    // Every secret(...) call in the expression, outermost and leftmost first. A recursive walk rather than
    // DescendantsAndSelf and LINQ: this runs for every value in a file, nearly always finding nothing.
    private static void ReportSecretCalls(
        BoundExpression root,
        BoundExpression expression,
        string place,
        DiagnosticBag diagnostics)
    {
        if (expression is BoundCall { IsSecret: true } secret)
        {
            var where = ReferenceEquals(secret, root) ? place : PlaceOf(root, place);
            diagnostics.SecretInOutput(secret.Syntax.Span, SecretName(secret), where);
        }

        foreach (var operand in expression.Operands)
        {
            ReportSecretCalls(root, operand, place, diagnostics);
        }
    }

    private static string PlaceOf(BoundExpression container, string fallback) => container switch
    {
        BoundString => "text",
        BoundCall call => $"an argument of {call.FunctionName}()",
        BoundList => "a list",
        BoundBinary or BoundNot => "a condition",
        _ => fallback,
    };

    private static string SecretName(BoundCall call)
        => call.Arguments.FirstOrDefault() is BoundString { ConstantValue: { } name } ? name : "...";
}
