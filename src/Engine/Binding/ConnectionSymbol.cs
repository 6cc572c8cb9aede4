using Runbook.Engine.Plugins;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding;

/// <summary>A declared <c>connection</c>.</summary>
public sealed class ConnectionSymbol
{
    internal ConnectionSymbol(
        string name,
        string kind,
        ConnectionKindSchema? schema,
        ConnectionDeclarationSyntax syntax)
    {
        Name = name;
        Kind = kind;
        Schema = schema;
        Syntax = syntax;
        Type = RunbookType.Connection(kind);
    }

    /// <summary>The connection's name.</summary>
    public string Name { get; }

    /// <summary>Its kind, e.g. <c>salesforce</c>.</summary>
    public string Kind { get; }

    /// <summary>The kind's schema, when the catalogue knows it.</summary>
    public ConnectionKindSchema? Schema { get; }

    /// <summary>The declaration.</summary>
    public ConnectionDeclarationSyntax Syntax { get; }

    // The type of every reference to the connection, made once: nearly every step names its connection.
    internal RunbookType Type { get; }
}
