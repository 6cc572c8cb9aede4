using System.Collections.Immutable;
using System.Reflection;
using Runbook.Engine.Binding;
using Runbook.Engine.Binding.Bound;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;
using Runbook.Engine.Text;

namespace Runbook.Steps.Tests.Plugins.Support;

/// <summary>
/// Compiles a runbook against the built-in registry and runs the plugins' Validate on every step and connection.
/// The binder does not call Validate yet, and PluginValidationContext's constructor is internal to the engine,
/// so this reaches it by reflection; once the binder reports RB3xxx itself, the compilation's own diagnostics are
/// used instead (and this shim can go).
/// </summary>
internal static class Validation
{
    private static readonly ConstructorInfo ContextConstructor = typeof(PluginValidationContext)
        .GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance)
        .Single();

    public static ImmutableArray<Diagnostic> Check(string text, PluginRegistry registry)
    {
        var compilation = RunbookCompilation.Create(SourceText.From(text), registry);
        Assert.Empty(compilation.Diagnostics.Where(d => d.IsError && !IsPluginCheck(d)));
        if (compilation.Diagnostics.Any(IsPluginCheck))
        {
            return [.. compilation.Diagnostics.Where(IsPluginCheck)];
        }

        var bag = new DiagnosticBag();
        foreach (var connection in compilation.Runbook.Connections)
        {
            var context = Context(connection.Symbol.Name, connection.Attributes, bag);
            registry.ValidateConnection(connection.Symbol.Kind, context);
        }

        foreach (var step in compilation.Runbook.Steps)
        {
            registry.ValidateStep(step.Symbol.Kind, Context(step.Symbol.Name, step.Attributes, bag));
        }

        return bag.ToImmutableSorted();
    }

    private static bool IsPluginCheck(Diagnostic diagnostic) =>
        diagnostic.Code.StartsWith("RB3", StringComparison.Ordinal);

    private static PluginValidationContext Context(
        string owner,
        ImmutableArray<BoundAttribute> attributes,
        DiagnosticBag bag) =>
        (PluginValidationContext)ContextConstructor.Invoke([owner, attributes, bag]);
}
