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
    public ImmutableArray<Diagnostic> ToImmutableSorted()
    {
        // A plain sort with the report order as tie-break: LINQ's OrderBy over tuples costs noticeable time
        // at start-up, and most files have no diagnostic at all.
        if (_diagnostics.Count == 0)
        {
            return [];
        }

        var order = new int[_diagnostics.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byStart = _diagnostics[a].Span.Start.CompareTo(_diagnostics[b].Span.Start);
            return byStart != 0 ? byStart : a.CompareTo(b);
        });

        var sorted = ImmutableArray.CreateBuilder<Diagnostic>(order.Length);
        foreach (var index in order)
        {
            sorted.Add(_diagnostics[index]);
        }

        return sorted.MoveToImmutable();
    }
}
