using Runbook.Engine.Plugins;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding;

/// <summary>A declared <c>step</c>.</summary>
public sealed class StepSymbol
{
    internal StepSymbol(StepDeclarationSyntax syntax, StepKindSchema? schema, int index)
    {
        Syntax = syntax;
        Schema = schema;
        Index = index;
    }

    // The name and kind are read from the declaration rather than kept: a large file has a symbol per step, and
    // the kind's name is joined once by its syntax node.

    /// <summary>The step's name.</summary>
    public string Name => Syntax.Name.Text;

    /// <summary>Its kind, e.g. <c>salesforce.delete_records</c>.</summary>
    public string Kind => Syntax.KindName.Name;

    /// <summary>The kind's schema, when the catalogue knows it.</summary>
    public StepKindSchema? Schema { get; }

    /// <summary>Its place in the run order, from 0.</summary>
    public int Index { get; }

    /// <summary>The declaration.</summary>
    public StepDeclarationSyntax Syntax { get; }
}
