using System.Collections.Immutable;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Steps.Plugins.Intacct;
using Runbook.Steps.Plugins.Salesforce;
using Runbook.Steps.Salesforce;
using Runbook.Steps.Tests.Plugins.Support;

namespace Runbook.Steps.Tests.Plugins;

/// <summary>Opening salesforce and intacct connections against the emulator.</summary>
public sealed class ConnectionTests
{
    [Fact]
    public async Task Opening_connections_read_only_changes_nothing_and_builds_no_mutating_client()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await world.ResetStatsAsync();

        await using var sandbox = await world.OpenSalesforceAsync(sandbox: true);
        await using var production = await world.OpenSalesforceAsync(sandbox: false, name: "prod");
        await using var company = await world.OpenIntacctAsync("acme-sandbox");

        Assert.Equal(0, EmulatorWorld.Mutating(await world.StatsAsync()));
        Assert.IsType<SalesforceReader>(sandbox.Api);
        Assert.Equal(ConnectionMode.ReadOnly, sandbox.Mode);
        var refused = Assert.Throws<InvalidOperationException>(() => sandbox.Client);
        Assert.Contains("read-only", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_write_connection_carries_the_full_client()
    {
        await using var world = await EmulatorWorld.StartAsync();

        await using var sandbox = await world.OpenSalesforceAsync(sandbox: true, ConnectionMode.ReadWrite);

        Assert.IsType<SalesforceClient>(sandbox.Api);
        Assert.Same(sandbox.Api, sandbox.Client);
    }

    [Fact]
    public async Task Salesforce_identity_is_the_org_id_and_type_with_evidence_and_facts()
    {
        await using var world = await EmulatorWorld.StartAsync();

        await using var sandbox = await world.OpenSalesforceAsync(sandbox: true);
        await using var production = await world.OpenSalesforceAsync(sandbox: false, name: "prod");

        var state = await world.StateAsync();
        var uat = state["orgs"]!.AsArray().Single(o => o!["key"]!.GetValue<string>() == "uat")!;
        var uatId = uat["id"]!.GetValue<string>();
        Assert.Equal(uatId, sandbox.Identity.Id);
        Assert.Equal("sandbox", sandbox.Identity.OrgType);
        Assert.Equal("production", production.Identity.OrgType);
        Assert.Equal(
            $"crm: org {uatId}, IsSandbox = true, TrialExpirationDate = null",
            Assert.Single(sandbox.Identity.Evidence).ToString());
        Assert.Equal(EvidenceSource.Observed, sandbox.Identity.Evidence[0].Source);

        var facts = sandbox.Identity.Facts;
        Assert.Equal(EmulatorWorld.SandboxUser, facts["user"]);
        Assert.Equal("62.0", facts["api_version"]);
        Assert.Equal(world.Server.BaseUrl.GetLeftPart(UriPartial.Authority), facts["instance"]);
        Assert.Equal(world.Server.BaseUrl.AbsoluteUri.TrimEnd('/') + "/salesforce/test", facts["login_url"]);
        Assert.Matches(@"^\d+/15000$", facts["api_usage"]);
        Assert.Equal("sandbox", facts["org_kind"]);
    }

    [Fact]
    public async Task A_production_user_at_the_sandbox_host_fails_with_a_message_that_holds_no_secret()
    {
        await using var world = await EmulatorWorld.StartAsync();
        var plugin = new SalesforceConnectionPlugin();
        var attributes = Attributes.For(plugin.Schema.Attributes, new Dictionary<string, object?>
        {
            ["login_url"] = "https://acme--uat.sandbox.my.salesforce.com",
            ["username"] = EmulatorWorld.ProductionUser,
            ["password"] = new SecretValue("SF_PASSWORD", EmulatorWorld.Password),
        });

        var error = await Assert.ThrowsAsync<EvaluationException>(() =>
            plugin.OpenAsync(
                new ConnectionRequest("crm", attributes, ConnectionMode.ReadOnly, world.Environment),
                default));

        Assert.StartsWith(
            "Connection 'crm': could not connect to Salesforce at " +
            $"{world.Server.BaseUrl.AbsoluteUri.TrimEnd('/')}/salesforce/test as admin@example.com:",
            error.Message);
        Assert.Contains("authentication failure", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EmulatorWorld.Password, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(EmulatorWorld.Password, world.Logs.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://test.salesforce.com", "/salesforce/test")]
    [InlineData("https://acme--uat.sandbox.my.salesforce.com", "/salesforce/test")]
    [InlineData("https://acme--uat.my.salesforce.com", "/salesforce/test")]
    [InlineData("https://login.salesforce.com", "/salesforce/login")]
    [InlineData("https://acme.my.salesforce.com", "/salesforce/login")]
    public void Login_hosts_map_onto_the_emulator_by_kind(string loginUrl, string path)
    {
        var emulator = new Uri("http://127.0.0.1:5123");

        var mapped = SalesforceLoginHosts.ForEmulator(new Uri(loginUrl), emulator);

        Assert.Equal(new Uri("http://127.0.0.1:5123" + path), mapped);
    }

    [Fact]
    public async Task Without_the_emulator_a_client_id_is_required()
    {
        var plugin = new SalesforceConnectionPlugin();
        var attributes = Attributes.For(plugin.Schema.Attributes, new Dictionary<string, object?>
        {
            ["username"] = EmulatorWorld.ProductionUser,
            ["password"] = new SecretValue("SF_PASSWORD", EmulatorWorld.Password),
        });
        var environment = new PluginEnvironment
        {
            HttpHandlerFactory = () => throw new InvalidOperationException("no HTTP"),
        };

        var error = await Assert.ThrowsAsync<EvaluationException>(() =>
            plugin.OpenAsync(new ConnectionRequest("crm", attributes, ConnectionMode.ReadOnly, environment), default));

        Assert.StartsWith("Connection 'crm': client_id is required to log in to Salesforce", error.Message);
    }

    [Fact]
    public async Task Intacct_identity_is_the_observed_company_with_its_type_and_link_declared()
    {
        await using var world = await EmulatorWorld.StartAsync();

        await using var declared = await world.OpenIntacctAsync(
            "acme-sandbox", companyType: "sandbox", salesforceOrgId: "00D4U0000000001AAA");
        await using var inferred = await world.OpenIntacctAsync("acme", name: "erp_prod");

        Assert.Equal("acme-sandbox", declared.Identity.Id);
        Assert.Equal("sandbox", declared.Identity.OrgType);
        Assert.Equal(
            [
                "erp: company acme-sandbox, user admin (the session's authentication block)",
                "erp: company acme-sandbox is sandbox (company_type) (declared, not observed)",
                "erp: company acme-sandbox is linked to Salesforce org 00D4U0000000001AAA (salesforce_org_id) " +
                "(declared, not observed)",
            ],
            declared.Identity.Evidence.Select(e => e.ToString()));
        Assert.Equal(
            [EvidenceSource.Observed, EvidenceSource.Declared, EvidenceSource.Declared],
            declared.Identity.Evidence.Select(e => e.Source));
        Assert.Equal("declared", declared.Identity.Facts["company_type_source"]);

        Assert.Equal("production", inferred.Identity.OrgType);
        Assert.Equal(
            "erp_prod: company acme is production (inferred: the company id does not end in -sandbox or -sbx) " +
            "(declared, not observed)",
            inferred.Identity.Evidence[1].ToString());
    }

    [Theory]
    [InlineData("acme-sandbox", "sandbox")]
    [InlineData("ACME-SBX", "sandbox")]
    [InlineData("acme", "production")]
    [InlineData("sandbox-acme", "production")]
    public void Company_type_is_inferred_from_the_id_suffix(string companyId, string expected)
    {
        Assert.Equal(expected, IntacctCompanyTypes.Resolve(companyId, null));
        Assert.Equal("production", IntacctCompanyTypes.Resolve(companyId, "production"));
    }

    [Fact]
    public async Task Wrong_Intacct_credentials_fail_with_a_message_that_holds_no_secret()
    {
        await using var world = await EmulatorWorld.StartAsync();
        var plugin = new IntacctConnectionPlugin();
        var attributes = Attributes.For(plugin.Schema.Attributes, new Dictionary<string, object?>
        {
            ["company_id"] = "acme",
            ["user_id"] = "admin",
            ["user_password"] = new SecretValue("IA_PASSWORD", "Wrong-Pa55word-123"),
            ["sender_id"] = "runbook",
            ["sender_password"] = new SecretValue("IA_SENDER", EmulatorWorld.Password),
        });

        var error = await Assert.ThrowsAsync<EvaluationException>(() =>
            plugin.OpenAsync(
                new ConnectionRequest("erp", attributes, ConnectionMode.ReadOnly, world.Environment),
                default));

        Assert.StartsWith(
            "Connection 'erp': could not open an Intacct session for company acme as admin:",
            error.Message);
        Assert.DoesNotContain("Wrong-Pa55word-123", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(EmulatorWorld.Password, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Wrong-Pa55word-123", world.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_session_is_renewed_once()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var sandbox = await world.OpenSalesforceAsync(sandbox: true);
        await world.ExpireSessionsAsync();
        await world.ResetStatsAsync();

        var count = await sandbox.Api.CountAsync("SELECT COUNT() FROM Account");

        var stats = await world.StatsAsync();
        Assert.Equal(100, count);
        Assert.Equal(1, EmulatorWorld.Route(stats, "POST /salesforce/test/services/oauth2/token"));
        Assert.Equal(2, EmulatorWorld.Route(stats, "GET /services/data/v62.0/query"));
        Assert.Single(world.Logs.Entries, entry => entry.Contains("INVALID_SESSION_ID", StringComparison.Ordinal)
            || entry.Contains("logging in again", StringComparison.OrdinalIgnoreCase));
    }
}
