using System.Collections.Immutable;
using System.Globalization;
using Runbook.Engine.Text;

namespace Runbook.Engine.Diagnostics;

/// <summary>
/// Collects diagnostics while a file is lexed, parsed and bound. Each catalogue entry has a named method
/// here (in the partial files by code range) so that call sites never format messages themselves.
/// </summary>
public sealed partial class DiagnosticBag
{
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>The number of diagnostics collected.</summary>
    public int Count => _diagnostics.Count;

    /// <summary>True when any collected diagnostic is an error.</summary>
    public bool HasErrors => _diagnostics.Any(diagnostic => diagnostic.IsError);

    /// <summary>Adds a diagnostic from any catalogue entry; plugins use this for their own RB3xxx codes.</summary>
    public void Add(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments)
    {
        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments);
        _diagnostics.Add(new Diagnostic(descriptor, span, message));
    }

    /// <summary>Adds diagnostics made elsewhere.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);

    /// <summary>The diagnostics in source order; at one position, in the order they were reported.</summary>
    public ImmutableArray<Diagnostic> ToImmutableSorted() =>
        [.. _diagnostics.Select((diagnostic, index) => (diagnostic, index))
            .OrderBy(pair => pair.diagnostic.Span.Start)
            .ThenBy(pair => pair.index)
            .Select(pair => pair.diagnostic)];
}
