using System.Collections.Immutable;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;
using Runbook.Engine.Syntax;
using Runbook.Engine.Text;

namespace Runbook.Engine.Binding;

/// <summary>A runbook parsed and bound against a schema catalogue, with every diagnostic of both stages.</summary>
public sealed class RunbookCompilation
{
    private RunbookCompilation(SyntaxTree tree, BoundRunbook runbook, ImmutableArray<Diagnostic> diagnostics)
    {
        SyntaxTree = tree;
        Runbook = runbook;
        Diagnostics = diagnostics;
    }

    /// <summary>The parsed file.</summary>
    public SyntaxTree SyntaxTree { get; }

    /// <summary>The bound runbook. When there are errors it is partial: what could not be bound is left out.</summary>
    public BoundRunbook Runbook { get; }

    /// <summary>Syntax and binding diagnostics, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostic.AnyError(Diagnostics);

    /// <summary>
    /// Binds a parsed file. With a catalogue that is not complete, unknown kinds and functions are reported
    /// only when <paramref name="reportUnknownPlugins"/> asks for it.
    /// </summary>
    public static RunbookCompilation Create(
        SyntaxTree tree,
        ISchemaCatalog? catalog = null,
        bool reportUnknownPlugins = false)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(tree.Diagnostics);

        var runbook = new Binder(tree, catalog ?? SchemaCatalog.Empty, reportUnknownPlugins, diagnostics).Bind();
        return new RunbookCompilation(tree, runbook, diagnostics.ToImmutableSorted());
    }

    /// <summary>Parses and binds a text.</summary>
    public static RunbookCompilation Create(
        SourceText text,
        ISchemaCatalog? catalog = null,
        bool reportUnknownPlugins = false)
        => Create(SyntaxTree.Parse(text), catalog, reportUnknownPlugins);
}
