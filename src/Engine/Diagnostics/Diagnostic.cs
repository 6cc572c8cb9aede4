using System.Collections.Immutable;
using Runbook.Engine.Text;

namespace Runbook.Engine.Diagnostics;

/// <summary>A problem found in a runbook, at an exact span of its text.</summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic from a catalogue entry and the already formatted message.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, TextSpan span, string message)
    {
        Descriptor = descriptor;
        Span = span;
        Message = message;
    }

    /// <summary>The catalogue entry this diagnostic comes from.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The stable code, e.g. <c>RB2001</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The severity.</summary>
    public DiagnosticSeverity Severity => Descriptor.Severity;

    /// <summary>The exact characters the problem is about; empty where something is missing.</summary>
    public TextSpan Span { get; }

    /// <summary>What is wrong and, where it helps, what to do.</summary>
    public string Message { get; }

    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>True when any of <paramref name="diagnostics"/> is an error.</summary>
    /// <remarks>A loop rather than LINQ: it is on the path of every <c>runbook check</c>.</remarks>
    public static bool AnyError(ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Severity.ToString().ToLowerInvariant()} {Span}: {Message}";
}
