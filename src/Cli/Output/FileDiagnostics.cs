using System.Collections.Immutable;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Text;

namespace Runbook.Cli.Output;

/// <summary>The diagnostics of one file, with its text so that spans can be shown as lines and columns.</summary>
/// <param name="Path">The path as shown to the user.</param>
/// <param name="Text">The file's text.</param>
/// <param name="Diagnostics">Its diagnostics, in source order.</param>
internal sealed record FileDiagnostics(string Path, SourceText Text, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when any of the diagnostics is an error.</summary>
    public bool HasErrors => Diagnostic.AnyError(Diagnostics);
}
