using System.Collections.Immutable;
using Runbook.Engine.Binding.Bound;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Evaluation;

/// <summary>
/// Evaluates a block's attributes and fills in the schema's defaults; deferred attributes are left out.
/// </summary>
public static class AttributeEvaluator
{
    /// <summary>The attribute values, and the evidence the functions among them looked at.</summary>
    public static async Task<(AttributeValues Values, ImmutableArray<Evidence> Evidence)> EvaluateAsync(
        IEnumerable<BoundAttribute> attributes,
        IEnumerable<AttributeSchema> schema,
        EvaluationScope scope,
        CancellationToken cancellationToken)
    {
        var schemaByName = schema.ToDictionary(attribute => attribute.Name, StringComparer.Ordinal);
        var values = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        var evidence = ImmutableArray.CreateBuilder<Evidence>();

        foreach (var attribute in attributes)
        {
            if (schemaByName.TryGetValue(attribute.Name, out var declared) && declared.Deferred)
            {
                continue;
            }

            var evaluated = await ExpressionEvaluator.EvaluateAsync(attribute.Value, scope, cancellationToken)
                .ConfigureAwait(false);
            values[attribute.Name] = evaluated.Value;
            evidence.AddRange(evaluated.Evidence);
        }

        foreach (var declared in schemaByName.Values
            .Where(declared => !declared.Deferred && !values.ContainsKey(declared.Name)))
        {
            values[declared.Name] = declared.DefaultValue;
        }

        return (new AttributeValues(values.ToImmutable()), evidence.ToImmutable());
    }
}
