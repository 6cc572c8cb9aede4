using System.Collections.Immutable;

namespace Runbook.Engine.Plugins;

/// <summary>What a step kind accepts and produces, e.g. <c>salesforce.delete_records</c>.</summary>
/// <param name="Name">The kind's dotted name.</param>
/// <param name="Doc">One line saying what the step does.</param>
/// <param name="Attributes">The attributes its body accepts, besides those every step accepts.</param>
/// <param name="Outputs">The values it produces.</param>
public sealed record StepKindSchema(
    string Name,
    string Doc,
    ImmutableArray<AttributeSchema> Attributes,
    ImmutableArray<OutputSchema> Outputs);
