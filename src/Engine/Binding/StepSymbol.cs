using Runbook.Engine.Plugins;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding;

/// <summary>A declared <c>step</c>.</summary>
public sealed class StepSymbol
{
    internal StepSymbol(string name, string kind, StepKindSchema? schema, int index, StepDeclarationSyntax syntax)
    {
        Name = name;
        Kind = kind;
        Schema = schema;
        Index = index;
        Syntax = syntax;
    }

    /// <summary>The step's name.</summary>
    public string Name { get; }

    /// <summary>Its kind, e.g. <c>salesforce.delete_records</c>.</summary>
    public string Kind { get; }

    /// <summary>The kind's schema, when the catalogue knows it.</summary>
    public StepKindSchema? Schema { get; }

    /// <summary>Its place in the run order, from 0.</summary>
    public int Index { get; }

    /// <summary>The declaration.</summary>
    public StepDeclarationSyntax Syntax { get; }
}
