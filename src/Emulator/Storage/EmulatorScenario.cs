namespace Runbook.Emulator.Storage;

/// <summary>
/// Which Intacct companies exist and which Salesforce org each is linked to (the link records the managed package
/// keeps in <c>ia_crm__Intacct_Entity__c</c>).
/// </summary>
internal sealed record EmulatorScenario(
    string Name,
    IReadOnlyList<IntacctCompanySeed> Companies,
    IReadOnlyDictionary<string, IReadOnlyList<string>> LinksByOrgKey)
{
    public const string ProductionOrgKey = "production";
    public const string SandboxOrgKey = "uat";

    private static readonly IntacctCompanySeed Acme = new("acme", "Acme Corporation", IsSandbox: false);
    private static readonly IntacctCompanySeed AcmeSandbox = new("acme-sandbox", "Acme Corporation (Sandbox)", true);
    private static readonly IntacctCompanySeed AcmeEmeaSandbox = new("acme-emea-sandbox", "Acme EMEA (Sandbox)", true);

    public static readonly IReadOnlyList<string> Names = ["default", "shared-org", "production-link"];

    public static EmulatorScenario Get(string name) => name switch
    {
        "default" => new(name, [Acme, AcmeSandbox], Links(["acme"], ["acme-sandbox"])),
        "shared-org" => new(
            name,
            [Acme, AcmeSandbox, AcmeEmeaSandbox],
            Links(["acme"], ["acme-sandbox", "acme-emea-sandbox"])),

        // The sandbox company points at production instead of uat; acme stays linked to production too.
        "production-link" => new(name, [Acme, AcmeSandbox], Links(["acme", "acme-sandbox"], [])),
        _ => throw new ArgumentException(
            $"Unknown emulator scenario '{name}'; expected one of: {string.Join(", ", Names)}.",
            nameof(name)),
    };

    private static Dictionary<string, IReadOnlyList<string>> Links(string[] production, string[] sandbox) => new()
    {
        [ProductionOrgKey] = production,
        [SandboxOrgKey] = sandbox,
    };
}
