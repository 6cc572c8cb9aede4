namespace Runbook.Emulator.Salesforce.Soql;

/// <summary>A parsed statement of the SOQL subset the emulator serves.</summary>
internal sealed record SoqlQuery(
    string Text,
    bool IsCount,
    IReadOnlyList<SoqlToken> Fields,
    SoqlToken Object,
    SoqlCondition? Where,
    IReadOnlyList<SoqlOrderItem> OrderBy,
    int? Limit,
    int? Offset);
