using System.Collections.Immutable;
using Runbook.Engine.Binding;

namespace Runbook.Engine.Plugins;

/// <summary>What a function takes and returns, e.g. <c>org_type(connection)</c>.</summary>
/// <param name="Name">The function's name.</param>
/// <param name="Doc">One line saying what it returns.</param>
/// <param name="Parameters">Its parameters, in order.</param>
/// <param name="ReturnType">The type of its result.</param>
public sealed record FunctionSchema(
    string Name,
    string Doc,
    ImmutableArray<ParameterSchema> Parameters,
    RunbookType ReturnType)
{
    /// <summary>True when the result is a secret, which may only reach attributes that accept secrets.</summary>
    public bool ReturnsSecret { get; init; }

    /// <summary>The fewest arguments a call may pass.</summary>
    public int MinimumArity => Parameters.Count(parameter => !parameter.Optional);

    /// <summary>
    /// The signature as `runbook steps` shows it:
    /// <c>record_count(c: connection, object: string, [where: string]) -&gt; int</c>.
    /// </summary>
    public string Signature => $"{Name}({string.Join(", ", Parameters.Select(Describe))}) -> {ReturnType.Name}";

    private static string Describe(ParameterSchema parameter)
        => parameter.Optional
            ? $"[{parameter.Name}: {parameter.Type.Name}]"
            : $"{parameter.Name}: {parameter.Type.Name}";
}
