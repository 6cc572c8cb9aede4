using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;
using Runbook.Engine.Text;

namespace Runbook.Steps.Tests.Plugins.Support;

/// <summary>
/// Compiles a runbook against a registry; the binder runs the plugins' Validate on every step and connection.
/// Returns the plugins' RB3xxx diagnostics, after checking that the runbook is otherwise free of errors.
/// </summary>
internal static class Validation
{
    public static ImmutableArray<Diagnostic> Check(string text, PluginRegistry registry)
    {
        var compilation = RunbookCompilation.Create(SourceText.From(text), registry);

        Assert.Empty(compilation.Diagnostics.Where(d => d.IsError && !IsPluginCheck(d)));
        return [.. compilation.Diagnostics.Where(IsPluginCheck)];
    }

    private static bool IsPluginCheck(Diagnostic diagnostic) =>
        diagnostic.Code.StartsWith("RB3", StringComparison.Ordinal);
}
