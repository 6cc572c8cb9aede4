using System.Collections.Frozen;

namespace Runbook.Engine.Plugins;

/// <summary>An immutable <see cref="ISchemaCatalog"/> built from lists of schemas.</summary>
public sealed class SchemaCatalog : ISchemaCatalog
{
    private readonly FrozenDictionary<string, ConnectionKindSchema> _connectionKinds;
    private readonly FrozenDictionary<string, StepKindSchema> _stepKinds;
    private readonly FrozenDictionary<string, FunctionSchema> _functions;

    /// <summary>Creates a catalogue. Names must be unique within each list.</summary>
    public SchemaCatalog(
        IEnumerable<ConnectionKindSchema> connectionKinds,
        IEnumerable<StepKindSchema> stepKinds,
        IEnumerable<FunctionSchema> functions,
        bool isComplete)
    {
        _connectionKinds = connectionKinds.ToFrozenDictionary(schema => schema.Name, StringComparer.Ordinal);
        _stepKinds = stepKinds.ToFrozenDictionary(schema => schema.Name, StringComparer.Ordinal);
        _functions = functions.ToFrozenDictionary(schema => schema.Name, StringComparer.Ordinal);
        IsComplete = isComplete;
    }

    /// <summary>A catalogue that knows nothing and reports nothing as unknown.</summary>
    public static SchemaCatalog Empty { get; } = new([], [], [], isComplete: false);

    /// <inheritdoc />
    public bool IsComplete { get; }

    /// <inheritdoc />
    public IReadOnlyCollection<ConnectionKindSchema> ConnectionKinds => _connectionKinds.Values;

    /// <inheritdoc />
    public IReadOnlyCollection<StepKindSchema> StepKinds => _stepKinds.Values;

    /// <inheritdoc />
    public IReadOnlyCollection<FunctionSchema> Functions => _functions.Values;

    /// <inheritdoc />
    public ConnectionKindSchema? FindConnectionKind(string name) => _connectionKinds.GetValueOrDefault(name);

    /// <inheritdoc />
    public StepKindSchema? FindStepKind(string name) => _stepKinds.GetValueOrDefault(name);

    /// <inheritdoc />
    public FunctionSchema? FindFunction(string name) => _functions.GetValueOrDefault(name);

    /// <summary>The same schemas, with unknown names reported (or not) as errors.</summary>
    public SchemaCatalog WithCompleteness(bool isComplete)
        => new(_connectionKinds.Values, _stepKinds.Values, _functions.Values, isComplete);
}
