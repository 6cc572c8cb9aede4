using System.Collections.Immutable;
using Runbook.Engine.Binding;

namespace Runbook.Engine.Plugins;

/// <summary>One attribute of a connection or step kind, as the binder checks it and `runbook steps` shows it.</summary>
/// <param name="Name">The attribute's name, e.g. <c>login_url</c>.</param>
/// <param name="Type">The type its value must have.</param>
/// <param name="Doc">One line saying what it does.</param>
public sealed record AttributeSchema(string Name, RunbookType Type, string Doc)
{
    /// <summary>True when the attribute must be set.</summary>
    public bool Required { get; init; }

    /// <summary>The value used when the attribute is not set: a string, long, bool, TimeSpan or null.</summary>
    public object? DefaultValue { get; init; }

    /// <summary>True when the value may come from <c>secret(...)</c>. Nothing else may receive a secret.</summary>
    public bool AcceptsSecret { get; init; }

    /// <summary>
    /// True when the value is not computed before the step runs but when the plugin asks for it, with
    /// <see cref="StepExecutionContext.EvaluateDeferredAsync"/>: a manual step's <c>verify</c> is checked only
    /// after the person confirms. A deferred attribute is absent from <see cref="AttributeValues"/>.
    /// </summary>
    public bool Deferred { get; init; }

    /// <summary>
    /// The attribute of that name in a schema, if any. A loop rather than LINQ: the binder asks once for every
    /// property of a file, and a closure each time was a measurable part of what binding allocated.
    /// </summary>
    public static AttributeSchema? Find(IReadOnlyList<AttributeSchema> schema, string name)
    {
        ArgumentNullException.ThrowIfNull(schema);

        for (var i = 0; i < schema.Count; i++)
        {
            if (schema[i].Name == name)
            {
                return schema[i];
            }
        }

        return null;
    }

    /// <inheritdoc cref="Find(IReadOnlyList{AttributeSchema}, string)"/>
    public static AttributeSchema? Find(ImmutableArray<AttributeSchema> schema, string name)
    {
        foreach (var attribute in schema)
        {
            if (attribute.Name == name)
            {
                return attribute;
            }
        }

        return null;
    }
}
