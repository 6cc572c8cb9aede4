namespace Runbook.Emulator.Salesforce;

/// <summary>
/// How one sObject maps onto the state tables. <see cref="BaseWhere"/> scopes rows to the caller's org ($org) and
/// <see cref="KeySql"/> is a unique, increasing row key used to page through results without OFFSET.
/// </summary>
internal sealed record SObjectDefinition(
    string Name,
    string KeyPrefix,
    string FromSql,
    string BaseWhere,
    string KeySql,
    IReadOnlyList<SObjectField> Fields,
    bool IsTooling = false,
    int? RecordObjectNumber = null)
{
    public SObjectField? IdField => FindField("Id");

    public SObjectField? FindField(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
