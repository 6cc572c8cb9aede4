using System.Collections.Immutable;
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
            CheckAttributes(connection.Attributes, [], connection.Symbol.Schema?.Attributes, diagnostics);
        }

        foreach (var step in runbook.Steps)
        {
            CheckAttributes(step.Attributes, BuiltInProperties.Step, step.Symbol.Schema?.Attributes, diagnostics);
            CheckNowhere(step.Title, "a step title", diagnostics);
        }

        // Two loops each rather than Concat: LINQ's iterators over our types are loaded at every start.
        foreach (var property in runbook.Properties)
        {
            CheckProperty(property, diagnostics);
        }

        foreach (var property in runbook.Plan.Properties)
        {
            CheckProperty(property, diagnostics);
        }

        foreach (var condition in runbook.Requirements)
        {
            CheckCondition(condition, diagnostics);
        }

        foreach (var condition in runbook.Plan.Expectations)
        {
            CheckCondition(condition, diagnostics);
        }
    }

    private static void CheckCondition(BoundCondition condition, DiagnosticBag diagnostics)
    {
        CheckNowhere(condition.Condition, "a condition", diagnostics);
        CheckNowhere(condition.Because, "a because text", diagnostics);
    }

    // This runs for every attribute of a file, and nearly none holds a secret: nothing is looked up or put
    // into words until one does. A plugin's schema is null when its kind is unknown: then whether an attribute
    // takes secrets cannot be told (the unknown kind is an error of its own where all plugins are known).
    private static void CheckAttributes(
        ImmutableArray<BoundAttribute> attributes,
        ImmutableArray<AttributeSchema> builtIn,
        ImmutableArray<AttributeSchema>? schema,
        DiagnosticBag diagnostics)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Value is BoundCall { IsSecret: true } direct)
            {
                var accepted = AttributeSchema.Find(builtIn, attribute.Name)
                    ?? (schema is { } known ? AttributeSchema.Find(known, attribute.Name) : null);
                if (accepted is not { AcceptsSecret: true } && (accepted is not null || schema is not null))
                {
                    diagnostics.SecretNotAccepted(direct.Syntax.Span, attribute.Name, SecretName(direct));
                }

                foreach (var argument in direct.Arguments)
                {
                    CheckNowhere(argument, "the name of a secret", diagnostics);
                }

                continue;
            }

            CheckProperty(attribute, diagnostics);
        }
    }

    private static void CheckProperty(BoundAttribute property, DiagnosticBag diagnostics)
    {
        if (ContainsSecretCall(property.Value))
        {
            CheckNowhere(property.Value, $"'{property.Name}'", diagnostics);
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

    private static bool ContainsSecretCall(BoundExpression expression)
    {
        if (expression is BoundCall { IsSecret: true })
        {
            return true;
        }

        for (var i = 0; i < expression.OperandCount; i++)
        {
            if (ContainsSecretCall(expression.GetOperand(i)))
            {
                return true;
            }
        }

        return false;
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

        for (var i = 0; i < expression.OperandCount; i++)
        {
            ReportSecretCalls(root, expression.GetOperand(i), place, diagnostics);
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
