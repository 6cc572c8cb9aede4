using System.Xml.Linq;

namespace Runbook.Emulator.Tests;

public sealed class ScenarioTests
{
    [Theory]
    [InlineData("default", "acme", "acme-sandbox")]
    [InlineData("shared-org", "acme", "acme-sandbox,acme-emea-sandbox")]
    [InlineData("production-link", "acme,acme-sandbox", "")]
    public async Task Each_scenario_links_the_expected_companies_to_each_org(
        string scenario,
        string production,
        string sandbox)
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { Scenario = scenario });

        Assert.Equal(production, await LinkedCompaniesAsync(await emulator.LoginAsync(sandbox: false)));
        Assert.Equal(sandbox, await LinkedCompaniesAsync(await emulator.LoginAsync(sandbox: true)));
    }

    [Theory]
    [InlineData("default", false)]
    [InlineData("shared-org", true)]
    [InlineData("production-link", false)]
    public async Task The_emea_sandbox_company_exists_only_in_the_shared_org_scenario(string scenario, bool exists)
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { Scenario = scenario });

        var response = await emulator.IntacctAsync(
            IntacctTests.LoginRequest("getAPISession", "", company: "acme-emea-sandbox"));
        var status = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!
            .Element("operation")!.Element("authentication")!.Element("status")!.Value;

        Assert.Equal(exists ? "success" : "failure", status);
    }

    [Fact]
    public async Task Unknown_scenario_is_refused_at_start()
    {
        using var directory = new TempDirectory();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            EmulatorServer.StartAsync(new EmulatorOptions { StateDirectory = directory.Path, Scenario = "nope" }));
    }

    private static async Task<string> LinkedCompaniesAsync(HttpClient client)
    {
        using (client)
        {
            var page = await EmulatorHarness.QueryAsync(
                client,
                "SELECT Name, ia_crm__Company_ID__c FROM ia_crm__Intacct_Entity__c");
            return string.Join(
                ',',
                page["records"]!.AsArray().Select(r => r!["ia_crm__Company_ID__c"]!.GetValue<string>()));
        }
    }
}
