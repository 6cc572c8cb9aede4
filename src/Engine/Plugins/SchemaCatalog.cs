
namespace Runbook.Engine.Plugins;

/// <summary>
/// An immutable <see cref="ISchemaCatalog"/> built from lists of schemas. Plain dictionaries, never written after
/// construction: frozen ones cost more to build at start-up than their faster lookups save on a few names.
/// </summary>
public sealed class SchemaCatalog : ISchemaCatalog
{
    private readonly Dictionary<string, ConnectionKindSchema> _connectionKinds;
    private readonly Dictionary<string, StepKindSchema> _stepKinds;
    private readonly Dictionary<string, FunctionSchema> _functions;

    /// <summary>Creates a catalogue. Names must be unique within each list.</summary>
    public SchemaCatalog(
        IEnumerable<ConnectionKindSchema> connectionKinds,
        IEnumerable<StepKindSchema> stepKinds,
        IEnumerable<FunctionSchema> functions,
        bool isComplete)
    {
        _connectionKinds = connectionKinds.ToDictionary(schema => schema.Name, StringComparer.Ordinal);
        _stepKinds = stepKinds.ToDictionary(schema => schema.Name, StringComparer.Ordinal);
        _functions = functions.ToDictionary(schema => schema.Name, StringComparer.Ordinal);
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
}
