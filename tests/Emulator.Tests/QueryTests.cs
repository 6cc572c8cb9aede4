using System.Net;

namespace Runbook.Emulator.Tests;

public sealed class QueryTests
{
    private const string Invoices = "ia_crm__Sales_Invoice__c";

    [Fact]
    public async Task Query_over_5000_records_pages_by_2000_through_nextRecordsUrl()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { Records = 10_000 });
        using var client = await emulator.LoginAsync();

        var page = await EmulatorHarness.QueryAsync(client, $"SELECT Id, Name, ia_crm__IntacctID__c FROM {Invoices}");
        var ids = new List<string>();
        var pageSizes = new List<int>();
        var nextUrls = new List<string>();
        while (true)
        {
            Assert.Equal(5000, page["totalSize"]!.GetValue<long>());
            var records = page["records"]!.AsArray();
            pageSizes.Add(records.Count);
            ids.AddRange(records.Select(r => r!["Id"]!.GetValue<string>()));
            if (page["done"]!.GetValue<bool>())
            {
                Assert.Null(page["nextRecordsUrl"]);
                break;
            }

            var next = page["nextRecordsUrl"]!.GetValue<string>();
            nextUrls.Add(next);
            page = await EmulatorHarness.GetJsonAsync(client, next);
        }

        Assert.Equal([2000, 2000, 1000], pageSizes);
        Assert.Equal(5000, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(18, id.Length));
        Assert.Matches(@"^/services/data/v62\.0/query/01g[0-9A-Za-z]{15}-2000$", nextUrls[0]);
        Assert.EndsWith("-4000", nextUrls[1]);
    }

    [Fact]
    public async Task Records_carry_attributes_with_type_and_url()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();

        var page = await EmulatorHarness.QueryAsync(client, $"SELECT Name FROM {Invoices} WHERE Name = 'INV-0000001'");

        var record = page["records"]![0]!;
        Assert.Equal(Invoices, record["attributes"]!["type"]!.GetValue<string>());
        Assert.Matches(
            $"^/services/data/v62\\.0/sobjects/{Invoices}/a0B[0-9A-Za-z]{{15}}$",
            record["attributes"]!["url"]!.GetValue<string>());
        Assert.Equal("INV-0000001", record["Name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Date_times_are_rendered_the_Salesforce_way()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();

        var raw = await client.GetStringAsync(
            $"{EmulatorHarness.Api}/query?q={Uri.EscapeDataString($"SELECT CreatedDate FROM {Invoices} LIMIT 1")}");

        Assert.Matches(
            "\"CreatedDate\":\"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}\\+0000\"",
            raw);
    }

    [Fact]
    public async Task Count_query_returns_totalSize_and_no_records()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { Records = 1001 });
        using var client = await emulator.LoginAsync();

        var invoices = await EmulatorHarness.QueryAsync(client, $"SELECT COUNT() FROM {Invoices}");
        var contracts = await EmulatorHarness.QueryAsync(client, "select count() from ia_crm__Contract__c");

        Assert.Equal(501, invoices["totalSize"]!.GetValue<long>());
        Assert.True(invoices["done"]!.GetValue<bool>());
        Assert.Empty(invoices["records"]!.AsArray());
        Assert.Equal(500, contracts["totalSize"]!.GetValue<long>());
    }

    [Theory]
    [InlineData(true, true, "CS42")]
    [InlineData(false, false, "NA224")]
    public async Task Organization_tells_what_the_org_is(bool sandbox, bool isSandbox, string instance)
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync(sandbox);

        var page = await EmulatorHarness.QueryAsync(
            client,
            "SELECT Id, Name, IsSandbox, OrganizationType, TrialExpirationDate, InstanceName FROM Organization");

        var org = page["records"]!.AsArray().Single()!;
        Assert.StartsWith("00D", org["Id"]!.GetValue<string>());
        Assert.Equal(isSandbox, org["IsSandbox"]!.GetValue<bool>());
        Assert.Equal("Enterprise Edition", org["OrganizationType"]!.GetValue<string>());
        Assert.Null(org["TrialExpirationDate"]);
        Assert.Equal(instance, org["InstanceName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Where_conditions_filter_with_AND_OR_IN_null_and_booleans()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();

        async Task<long> Count(string where) =>
            (await EmulatorHarness.QueryAsync(client, $"SELECT COUNT() FROM {Invoices} WHERE {where}"))["totalSize"]!
                .GetValue<long>();

        Assert.Equal(1, await Count("Name = 'INV-0000002'"));
        Assert.Equal(1, await Count("name = 'inv-0000002'"));
        Assert.Equal(2, await Count("Name IN ('INV-0000002', 'INV-0000003', 'nope')"));
        Assert.Equal(48, await Count("Name NOT IN ('INV-0000002', 'INV-0000003')"));
        Assert.Equal(50, await Count("ia_crm__IntacctID__c != null"));
        Assert.Equal(0, await Count("ia_crm__IntacctID__c = null"));
        Assert.Equal(50, await Count("IsDeleted = false"));
        Assert.Equal(2, await Count("Name = 'INV-0000002' OR Name = 'INV-0000003'"));
        Assert.Equal(1, await Count("(Name = 'INV-0000002' OR Name = 'INV-0000003') AND Name != 'INV-0000003'"));
        Assert.Equal(10, await Count("Name LIKE 'INV-000001%'"));
    }

    [Fact]
    public async Task Order_by_and_limit_are_applied()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();

        var page = await EmulatorHarness.QueryAsync(client, $"SELECT Name FROM {Invoices} ORDER BY Name DESC LIMIT 3");

        Assert.Equal(3, page["totalSize"]!.GetValue<long>());
        Assert.Equal(
            ["INV-0000050", "INV-0000049", "INV-0000048"],
            page["records"]!.AsArray().Select(r => r!["Name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Querying_by_id_finds_the_record()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();
        var id = (await EmulatorHarness.QueryIdsAsync(client, Invoices, 1)).Single();

        var byId = await EmulatorHarness.QueryAsync(client, $"SELECT Name FROM {Invoices} WHERE Id = '{id}'");
        var by15 = await EmulatorHarness.QueryAsync(client, $"SELECT Name FROM {Invoices} WHERE Id = '{id[..15]}'");
        var retrieved = await EmulatorHarness.GetJsonAsync(client, $"{EmulatorHarness.Api}/sobjects/{Invoices}/{id}");

        Assert.Equal(1, byId["totalSize"]!.GetValue<long>());
        Assert.Equal(1, by15["totalSize"]!.GetValue<long>());
        Assert.Equal(id, retrieved["Id"]!.GetValue<string>());
        Assert.StartsWith("001", retrieved["ia_crm__Account__c"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("SELECT FROM Account", "MALFORMED_QUERY")]
    [InlineData("SELECT Id FROM Account WHERE Name = 'a' AND Name = 'b' OR Name = 'c'", "MALFORMED_QUERY")]
    [InlineData("SELECT Id, COUNT(Id) FROM Account", "MALFORMED_QUERY")]
    [InlineData("SELECT Id FROM Account GROUP BY Name", "MALFORMED_QUERY")]
    [InlineData("DELETE FROM Account", "MALFORMED_QUERY")]
    [InlineData("SELECT Id FROM Nope__c", "INVALID_TYPE")]
    [InlineData("SELECT Nope__c FROM Account", "INVALID_FIELD")]
    [InlineData("SELECT Id FROM Account WHERE IsDeleted = 'false'", "INVALID_QUERY_FILTER_OPERATOR")]
    [InlineData("SELECT Id FROM Account WHERE Id = 'not-an-id'", "INVALID_QUERY_FILTER_OPERATOR")]
    public async Task Statements_outside_the_subset_get_Salesforce_errors(string soql, string errorCode)
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();

        var response = await client.GetAsync($"{EmulatorHarness.Api}/query?q={Uri.EscapeDataString(soql)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await EmulatorHarness.ReadJsonAsync(response)).AsArray().Single()!;
        Assert.Equal(errorCode, error["errorCode"]!.GetValue<string>());
        Assert.Contains("ERROR at Row:1:Column:", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_locator_is_an_invalid_query_locator()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();

        var response = await client.GetAsync($"{EmulatorHarness.Api}/query/01g000000000000AAA-2000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "INVALID_QUERY_LOCATOR",
            (await EmulatorHarness.ReadJsonAsync(response))[0]!["errorCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Api_versions_below_58_are_not_found()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();

        var old = await client.GetAsync("/services/data/v57.0/limits/");
        var newer = await client.GetAsync("/services/data/v64.0/limits/");

        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal("NOT_FOUND", (await EmulatorHarness.ReadJsonAsync(old))[0]!["errorCode"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, newer.StatusCode);
    }

    [Fact]
    public async Task Links_hard_delete_permission_and_reference_objects_are_queryable()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();

        var permission = await EmulatorHarness.QueryAsync(
            client,
            "SELECT PermissionsBulkApiHardDelete FROM UserPermissionAccess");
        var terms = await EmulatorHarness.QueryAsync(client, "SELECT COUNT() FROM ia_crm__AR_Term__c");
        var locations = await EmulatorHarness.QueryAsync(
            client,
            "SELECT Name, ia_crm__IntacctID__c FROM ia_crm__Location__c");
        var accounts = await EmulatorHarness.QueryAsync(
            client,
            "SELECT COUNT() FROM Account WHERE ia_crm__IntacctID__c != null");

        Assert.False(permission["records"]![0]!["PermissionsBulkApiHardDelete"]!.GetValue<bool>());
        Assert.Equal(4, terms["totalSize"]!.GetValue<long>());
        Assert.Equal(3, locations["totalSize"]!.GetValue<long>());
        Assert.Equal(10, accounts["totalSize"]!.GetValue<long>());
    }

    [Fact]
    public async Task Sandbox_objects_are_tooling_objects_of_the_production_org()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var production = await emulator.LoginAsync(sandbox: false);

        var info = await EmulatorHarness.QueryAsync(
            production,
            "SELECT Id, SandboxName, LicenseType, AutoActivate FROM SandboxInfo WHERE SandboxName = 'uat'",
            tooling: true);
        var notData = await production.GetAsync(
            $"{EmulatorHarness.Api}/query?q={Uri.EscapeDataString("SELECT Id FROM SandboxInfo")}");

        var record = info["records"]!.AsArray().Single()!;
        Assert.StartsWith("0GQ", record["Id"]!.GetValue<string>());
        Assert.Equal("DEVELOPER_PRO", record["LicenseType"]!.GetValue<string>());
        Assert.StartsWith(
            "/services/data/v62.0/tooling/sobjects/SandboxInfo/",
            record["attributes"]!["url"]!.GetValue<string>());
        Assert.Equal(
            "INVALID_TYPE",
            (await EmulatorHarness.ReadJsonAsync(notData))[0]!["errorCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task QueryAll_includes_deleted_records()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 3);
        await client.DeleteAsync(
            $"{EmulatorHarness.Api}/composite/sobjects?ids={string.Join(',', ids)}&allOrNone=false");

        var live = await EmulatorHarness.QueryAsync(client, $"SELECT COUNT() FROM {Invoices}");
        var all = await EmulatorHarness.GetJsonAsync(
            client,
            $"{EmulatorHarness.Api}/queryAll?q=" +
                Uri.EscapeDataString($"SELECT Id FROM {Invoices} WHERE IsDeleted = true"));

        Assert.Equal(47, live["totalSize"]!.GetValue<long>());
        Assert.Equal(3, all["totalSize"]!.GetValue<long>());
        Assert.Equal(ids.Order(), all["records"]!.AsArray().Select(r => r!["Id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Pages_do_not_skip_records_when_earlier_ones_are_deleted_between_pages()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { Records = 6000 });
        using var client = await emulator.LoginAsync();

        var first = await EmulatorHarness.QueryAsync(client, $"SELECT Id FROM {Invoices}");
        var firstIds = first["records"]!.AsArray().Select(r => r!["Id"]!.GetValue<string>()).ToList();
        foreach (var chunk in firstIds.Chunk(200))
        {
            var deleted = await client.DeleteAsync(
                $"{EmulatorHarness.Api}/composite/sobjects?ids={string.Join(',', chunk)}");
            deleted.EnsureSuccessStatusCode();
        }

        var second = await EmulatorHarness.GetJsonAsync(client, first["nextRecordsUrl"]!.GetValue<string>());

        var secondIds = second["records"]!.AsArray().Select(r => r!["Id"]!.GetValue<string>()).ToList();
        Assert.Equal(1000, secondIds.Count);
        Assert.Empty(secondIds.Intersect(firstIds));
        Assert.True(second["done"]!.GetValue<bool>());
    }
}
