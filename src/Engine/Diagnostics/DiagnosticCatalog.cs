using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;

namespace Runbook.Engine.Diagnostics;

/// <summary>
/// Every diagnostic the engine can report, in one place. Codes are stable: RB1xxx are syntax, RB2xxx names
/// and types, RB3xxx plugin checks. A retired code stays here as a comment and its number is never reused.
/// Call sites do not build messages themselves; they go through the named methods of <see cref="DiagnosticBag"/>.
/// </summary>
public static partial class DiagnosticCatalog
{
    /// <summary>Every descriptor, ordered by code.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => Index.All;

    /// <summary>Finds a descriptor by its code, ignoring case.</summary>
    public static DiagnosticDescriptor? Find(string code) => Index.ByCode.GetValueOrDefault(code.Trim());

    private static ImmutableArray<DiagnosticDescriptor> CollectDescriptors() =>
        [
            .. typeof(DiagnosticCatalog)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
                .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
                .OrderBy(descriptor => descriptor.Code, StringComparer.Ordinal),
        ];

    // Built when first asked for (explain, the language server), not whenever a diagnostic is reported: the
    // runtime initialises a class's statics on first use, and Lazy<T> of a struct is compiled at run time.
    private static class Index
    {
        public static readonly ImmutableArray<DiagnosticDescriptor> All = CollectDescriptors();

        public static readonly FrozenDictionary<string, DiagnosticDescriptor> ByCode =
            All.ToFrozenDictionary(descriptor => descriptor.Code, StringComparer.OrdinalIgnoreCase);
    }
}
