using System.Collections.Immutable;

namespace Runbook.Engine.Plugins;

/// <summary>What a connection kind accepts, e.g. <c>salesforce</c>.</summary>
/// <param name="Name">The kind's name.</param>
/// <param name="Doc">One line saying what it connects to.</param>
/// <param name="Attributes">The attributes its body accepts.</param>
public sealed record ConnectionKindSchema(string Name, string Doc, ImmutableArray<AttributeSchema> Attributes);
