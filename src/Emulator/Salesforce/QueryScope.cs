namespace Runbook.Emulator.Salesforce;

/// <summary>Which query resource was called: /query, /queryAll (recycle bin included) or /tooling/query.</summary>
internal sealed record QueryScope(bool Tooling, bool IncludeDeleted)
{
    public static readonly QueryScope Query = new(false, false);
    public static readonly QueryScope QueryAll = new(false, true);
    public static readonly QueryScope ToolingQuery = new(true, false);

    public string Resource => Tooling ? "tooling/query" : IncludeDeleted ? "queryAll" : "query";
}
