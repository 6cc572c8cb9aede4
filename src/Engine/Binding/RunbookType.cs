namespace Runbook.Engine.Binding;

/// <summary>The type of a value in a runbook. Types compare by value.</summary>
public sealed record RunbookType
{
    private RunbookType(RunbookTypeKind kind, RunbookType? elementType = null, string? connectionKind = null)
    {
        Kind = kind;
        ElementType = elementType;
        ConnectionKind = connectionKind;
    }

    /// <summary>Text.</summary>
    public static RunbookType String { get; } = new(RunbookTypeKind.String);

    /// <summary>A whole number.</summary>
    public static RunbookType Int { get; } = new(RunbookTypeKind.Int);

    /// <summary>True or false.</summary>
    public static RunbookType Bool { get; } = new(RunbookTypeKind.Bool);

    /// <summary>A length of time.</summary>
    public static RunbookType Duration { get; } = new(RunbookTypeKind.Duration);

    /// <summary>Not known until plugins say; fits anywhere.</summary>
    public static RunbookType Unknown { get; } = new(RunbookTypeKind.Unknown);

    /// <summary>The type of an expression already reported as wrong; fits anywhere.</summary>
    public static RunbookType Error { get; } = new(RunbookTypeKind.Error);

    /// <summary>Any connection, whatever its kind.</summary>
    public static RunbookType AnyConnection { get; } = new(RunbookTypeKind.Connection);

    /// <summary>The shape of the value.</summary>
    public RunbookTypeKind Kind { get; }

    /// <summary>The items' type, for a list.</summary>
    public RunbookType? ElementType { get; }

    /// <summary>The connection kind (e.g. <c>salesforce</c>), for a connection; null for any connection.</summary>
    public string? ConnectionKind { get; }

    /// <summary>True for types that fit anywhere because they are unknown or already wrong.</summary>
    public bool IsIndeterminate => Kind is RunbookTypeKind.Unknown or RunbookTypeKind.Error;

    /// <summary>A list of <paramref name="elementType"/>.</summary>
    public static RunbookType ListOf(RunbookType elementType)
    {
        // Lists of strings and of nothing known are in every file, once per list: share them.
        if (ReferenceEquals(elementType, String))
        {
            return ListOfString;
        }

        return ReferenceEquals(elementType, Unknown) ? ListOfUnknown : new(RunbookTypeKind.List, elementType);
    }

    private static RunbookType ListOfString { get; } = new(RunbookTypeKind.List, String);

    private static RunbookType ListOfUnknown { get; } = new(RunbookTypeKind.List, Unknown);

    /// <summary>A connection of <paramref name="kind"/>.</summary>
    public static RunbookType Connection(string kind) => new(RunbookTypeKind.Connection, connectionKind: kind);

    /// <summary>True when a value of this type may stand where <paramref name="target"/> is required.</summary>
    public bool IsAssignableTo(RunbookType target)
    {
        if (IsIndeterminate || target.IsIndeterminate)
        {
            return true;
        }

        return (Kind, target.Kind) switch
        {
            (RunbookTypeKind.List, RunbookTypeKind.List) => ElementType!.IsAssignableTo(target.ElementType!),
            (RunbookTypeKind.Connection, RunbookTypeKind.Connection) =>
                target.ConnectionKind is null || ConnectionKind is null || ConnectionKind == target.ConnectionKind,
            _ => Kind == target.Kind,
        };
    }

    /// <summary>The type as written in a runbook: <c>string</c>, <c>int[]</c>, <c>salesforce</c>.</summary>
    public string Name => Kind switch
    {
        RunbookTypeKind.String => "string",
        RunbookTypeKind.Int => "int",
        RunbookTypeKind.Bool => "bool",
        RunbookTypeKind.Duration => "duration",
        RunbookTypeKind.List => ElementType!.Name + "[]",
        RunbookTypeKind.Connection => ConnectionKind is null ? "connection" : $"{ConnectionKind} connection",
        RunbookTypeKind.Unknown => "unknown",
        _ => "error",
    };

    /// <summary>The type as a message names it: <c>a string</c>, <c>an int</c>, <c>a string[] list</c>.</summary>
    public string Description => Kind switch
    {
        RunbookTypeKind.Int => "an int",
        RunbookTypeKind.List when ElementType!.IsIndeterminate => "an empty list",
        RunbookTypeKind.List => $"{Article(Name)} {Name} list",
        RunbookTypeKind.Connection => ConnectionKind is null
            ? "a connection"
            : $"{Article(ConnectionKind)} {ConnectionKind} connection",
        RunbookTypeKind.Unknown => "a value of unknown type",
        _ => "a " + Name,
    };

    /// <inheritdoc />
    public override string ToString() => Name;

    private static string Article(string word) => word.Length > 0 && "aeiou".Contains(word[0]) ? "an" : "a";
}
