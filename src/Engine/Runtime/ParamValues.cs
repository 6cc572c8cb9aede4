using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Runtime;

/// <summary>
/// Resolves the params of a runbook from their defaults and <c>--param NAME=VALUE</c> values, reading each
/// value by the param's type with the same literal grammar as the language: <c>250_000</c>, <c>6h</c>,
/// <c>true</c>, and <c>a,b</c> for lists.
/// </summary>
public static class ParamValues
{
    /// <summary>The value of every param; a bad, unknown or missing value throws with a message naming it.</summary>
    public static ImmutableDictionary<string, object?> Resolve(
        BoundRunbook runbook,
        IReadOnlyDictionary<string, string> given)
    {
        foreach (var name in given.Keys.Where(name => runbook.Params.All(param => param.Name != name)))
        {
            var hint = SpellingSuggestion.Hint(name, runbook.Params.Select(param => param.Name));
            throw new EvaluationException($"--param {name}: the runbook has no param '{name}'.{hint}");
        }

        var values = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var param in runbook.Params)
        {
            if (given.TryGetValue(param.Name, out var text))
            {
                values[param.Name] = Parse(param, text);
            }
            else if (param.HasDefault)
            {
                values[param.Name] = param.DefaultValue;
            }
            else
            {
                throw new EvaluationException(
                    $"Param '{param.Name}' ({param.Type.Name}) has no default; " +
                    $"give it with --param {param.Name}=VALUE.");
            }
        }

        return values.ToImmutable();
    }

    /// <summary>Reads one value for <paramref name="param"/>.</summary>
    public static object Parse(ParamSymbol param, string text)
    {
        if (param.Type.Kind == RunbookTypeKind.List)
        {
            var items = text.Length == 0 ? [] : text.Split(',');
            return items
                .Select(item => (object?)ParseScalar(param, param.Type.ElementType!, item.Trim()))
                .ToImmutableArray();
        }

        return ParseScalar(param, param.Type, text);
    }

    private static object ParseScalar(ParamSymbol param, RunbookType type, string text)
    {
        switch (type.Kind)
        {
            case RunbookTypeKind.String:
                return text;
            case RunbookTypeKind.Bool when text is "true" or "false":
                return text == "true";
            case RunbookTypeKind.Int when LiteralGrammar.ParseInteger(text) is { IsSuccess: true } integer:
                return integer.Value;
            case RunbookTypeKind.Duration when text.Length > 0 && char.IsAsciiDigit(text[0])
                && LiteralGrammar.ParseDuration(text) is { IsSuccess: true } duration:
                return duration.Value;
            default:
                var example = type.Kind switch
                {
                    RunbookTypeKind.Bool => "true or false",
                    RunbookTypeKind.Int => "a whole number such as 250_000",
                    RunbookTypeKind.Duration => "a duration such as 90s, 15m, 6h or 2d",
                    _ => "a value",
                };
                throw new EvaluationException(
                    $"--param {param.Name}={text}: '{param.Name}' is {param.Type.Description}; give {example}.");
        }
    }
}
