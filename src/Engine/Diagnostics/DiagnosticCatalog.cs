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
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> AllDescriptors = new(CollectDescriptors);
    private static readonly Lazy<FrozenDictionary<string, DiagnosticDescriptor>> ByCode =
        new(() => All.ToFrozenDictionary(descriptor => descriptor.Code, StringComparer.OrdinalIgnoreCase));

    /// <summary>Every descriptor, ordered by code.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => AllDescriptors.Value;

    /// <summary>Finds a descriptor by its code, ignoring case.</summary>
    public static DiagnosticDescriptor? Find(string code) => ByCode.Value.GetValueOrDefault(code.Trim());

    private static ImmutableArray<DiagnosticDescriptor> CollectDescriptors() =>
        [
            .. typeof(DiagnosticCatalog)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
                .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
                .OrderBy(descriptor => descriptor.Code, StringComparer.Ordinal),
        ];
}
