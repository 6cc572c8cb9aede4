namespace Runbook.Emulator.Salesforce.Soql;

/// <summary>
/// A statement turned into SQL pieces over the state tables. <see cref="UsesKeyset"/> is true when rows come in key
/// order (no ORDER BY, no OFFSET): later pages then continue after the last key seen instead of skipping rows, so
/// paging through a million records stays cheap and does not lose rows deleted between pages.
/// </summary>
internal sealed record SoqlTranslation(
    SObjectDefinition Object,
    bool IsCount,
    IReadOnlyList<SObjectField> Fields,
    string Where,
    IReadOnlyList<(string Name, object? Value)> Parameters,
    string OrderBy,
    bool UsesKeyset,
    int? Limit,
    int Offset);
