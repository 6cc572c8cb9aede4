using System.Collections.Immutable;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Steps.Tests.Plugins.Support;

namespace Runbook.Steps.Tests.Plugins;

/// <summary>The built-in functions, against the emulator where they read a system.</summary>
public sealed class FunctionTests
{
    private static readonly PluginRegistry Registry = BuiltInPlugins.CreateRegistry();

    private static Task<FunctionResult> InvokeAsync(EmulatorWorld world, string name, params object?[] arguments) =>
        InvokeAsync(world.Environment, name, arguments);

    private static Task<FunctionResult> InvokeAsync(
        PluginEnvironment environment,
        string name,
        params object?[] arguments) =>
        Registry.FindFunctionPlugin(name)!.InvokeAsync(new FunctionContext(environment), [.. arguments], default);

    [Fact]
    public async Task Env_and_secret_read_the_secrets_file_first_and_secret_hides_its_value()
    {
        var environment = new PluginEnvironment
        {
            External = new ExternalValues(
                ImmutableDictionary<string, string>.Empty.Add("SF_PASSWORD", "from-file"),
                name => name == "SF_USERNAME" ? "admin@example.com.uat" : "from-environment"),
        };

        var user = await InvokeAsync(environment, "env", "SF_USERNAME");
        var password = await InvokeAsync(environment, "secret", "SF_PASSWORD");

        Assert.Equal("admin@example.com.uat", user.Value);
        var secret = Assert.IsType<SecretValue>(password.Value);
        Assert.Equal("from-file", secret.Reveal());
        Assert.Equal("***", secret.ToString());
        Assert.True(Registry.FindFunction("secret")!.ReturnsSecret);
        Assert.False(Registry.FindFunction("env")!.ReturnsSecret);
    }

    [Theory]
    [InlineData("env")]
    [InlineData("secret")]
    public async Task A_missing_value_names_it_and_says_how_to_supply_it(string function)
    {
        var environment = new PluginEnvironment { External = new ExternalValues(null, _ => null) };

        var error = await Assert.ThrowsAsync<EvaluationException>(() => InvokeAsync(environment, function, "SF_TOKEN"));

        Assert.Equal(
            $"{function}(\"SF_TOKEN\"): SF_TOKEN is not set. Set the environment variable SF_TOKEN, or put " +
            "SF_TOKEN=VALUE in a secrets file and give it with --secrets FILE.",
            error.Message);
    }

    [Fact]
    public async Task Org_type_and_org_id_give_the_identity_with_its_evidence()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true);
        await using var erp = await world.OpenIntacctAsync("acme-sandbox");

        var crmType = await InvokeAsync(world, "org_type", crm);
        var erpType = await InvokeAsync(world, "org_type", erp);
        var crmId = await InvokeAsync(world, "org_id", crm);
        var erpId = await InvokeAsync(world, "org_id", erp);

        Assert.Equal("sandbox", crmType.Value);
        Assert.Equal("sandbox", erpType.Value);
        Assert.Equal(crm.Identity.Id, crmId.Value);
        Assert.Equal("acme-sandbox", erpId.Value);
        Assert.Equal(crm.Identity.Evidence.ToArray(), crmType.Evidence.ToArray());
        Assert.Contains(erpType.Evidence, evidence => evidence.Source == EvidenceSource.Declared);
    }

    [Fact]
    public async Task Record_count_runs_one_count_query()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true);
        await world.ResetStatsAsync();

        var all = await InvokeAsync(world, "record_count", crm, "ia_crm__Sales_Invoice__c");
        var some = await InvokeAsync(world, "record_count", crm, "ia_crm__Sales_Invoice__c", "Name = 'INV-0000001'");

        Assert.Equal(500L, all.Value);
        Assert.Equal(1L, some.Value);
        Assert.Equal(2, EmulatorWorld.Route(await world.StatsAsync(), "GET /services/data/v62.0/query"));
        Assert.Equal(
            $"crm: 1 ia_crm__Sales_Invoice__c record in org {crm.Identity.Id} (sandbox): " +
            "SELECT COUNT() FROM ia_crm__Sales_Invoice__c WHERE Name = 'INV-0000001'",
            Assert.Single(some.Evidence).ToString());
    }

    [Fact]
    public async Task Record_count_refuses_a_bad_object_name_before_querying()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true);

        var error = await Assert.ThrowsAsync<EvaluationException>(() =>
            InvokeAsync(world, "record_count", crm, "Account WHERE Id != null"));

        Assert.Equal(
            "record_count: 'Account WHERE Id != null' is not a valid Salesforce API name: it contains a space; use " +
            "the API name, not the label.",
            error.Message);
    }

    [Fact]
    public async Task A_production_org_paired_with_an_Intacct_sandbox_fails_same_org_type()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var production = await world.OpenSalesforceAsync(sandbox: false);
        await using var sandboxCompany = await world.OpenIntacctAsync("acme-sandbox");
        await using var sandboxOrg = await world.OpenSalesforceAsync(sandbox: true, name: "uat");

        var mixed = await InvokeAsync(world, "same_org_type", production, sandboxCompany);
        var reversed = await InvokeAsync(world, "same_org_type", sandboxCompany, production);
        var matching = await InvokeAsync(world, "same_org_type", sandboxOrg, sandboxCompany);

        Assert.Equal(false, mixed.Value);
        Assert.Equal(false, reversed.Value);
        Assert.Equal(true, matching.Value);
        Assert.Equal(
            [
                $"crm: salesforce org {production.Identity.Id} is production",
                "erp: intacct company acme-sandbox is a sandbox (inferred: the company id ends in -sandbox) " +
                "(declared, not observed)",
                "crm, erp: crm is production but erp is a sandbox; Intacct and Salesforce may only be linked " +
                "production to production or sandbox to sandbox. (declared, not observed)",
            ],
            mixed.Evidence.Select(evidence => evidence.ToString()));
    }

    [Fact]
    public async Task Single_org_per_company_holds_in_the_default_scenario()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true);
        await using var erp = await world.OpenIntacctAsync("acme-sandbox", salesforceOrgId: crm.Identity.Id);

        var result = await InvokeAsync(world, "single_org_per_company", erp, crm);

        Assert.Equal(true, result.Value);
        Assert.Contains(
            $"crm: org {crm.Identity.Id} is linked to acme-sandbox (ia_crm__Intacct_Entity__c)",
            result.Evidence.Select(e => e.ToString()));
        Assert.Contains(result.Evidence, e =>
            e.Source == EvidenceSource.Declared && e.Fact.Contains("salesforce_org_id", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_shared_org_scenario_fails_single_org_per_company()
    {
        await using var world = await EmulatorWorld.StartAsync(options => options with { Scenario = "shared-org" });
        await using var crm = await world.OpenSalesforceAsync(sandbox: true);
        await using var erp = await world.OpenIntacctAsync("acme-sandbox");

        var result = await InvokeAsync(world, "single_org_per_company", erp, crm);

        Assert.Equal(false, result.Value);
        Assert.Equal(
            $"erp, crm: crm (org {crm.Identity.Id}) is linked to 2 Intacct companies (acme-sandbox, " +
            "acme-emea-sandbox); several Intacct companies cannot be connected to one Salesforce org.",
            result.Evidence[^1].ToString());
    }

    [Fact]
    public async Task The_production_link_scenario_fails_both_ways()
    {
        await using var world = await EmulatorWorld.StartAsync(
            options => options with { Scenario = "production-link" });
        await using var production = await world.OpenSalesforceAsync(sandbox: false);
        await using var sandboxOrg = await world.OpenSalesforceAsync(sandbox: true, name: "uat");
        await using var erp = await world.OpenIntacctAsync("acme-sandbox");

        Assert.Equal(false, (await InvokeAsync(world, "single_org_per_company", erp, production)).Value);
        Assert.Equal(false, (await InvokeAsync(world, "single_org_per_company", erp, sandboxOrg)).Value);
        Assert.Equal(false, (await InvokeAsync(world, "same_org_type", erp, production)).Value);
    }

    [Fact]
    public async Task Api_headroom_reads_the_daily_allocation()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true);

        var result = await InvokeAsync(world, "api_headroom", crm);

        var remaining = Assert.IsType<long>(result.Value);
        Assert.InRange(remaining, 14_900, 14_999);
        Assert.Matches(
            $"^crm: org {crm.Identity.Id} \\(sandbox\\): 14,9\\d\\d of 15,000 API requests left in the rolling 24 " +
            "hours \\(limits DailyApiRequests\\)$",
            Assert.Single(result.Evidence).ToString());
    }
}
