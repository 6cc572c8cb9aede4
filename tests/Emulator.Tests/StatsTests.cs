using System.Net.Http.Json;
using System.Text;

namespace Runbook.Emulator.Tests;

public sealed class StatsTests
{
    [Fact]
    public async Task Stats_count_routes_with_ids_replaced_and_only_state_changing_calls_as_mutating()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { Records = 5000 });
        using var client = await emulator.LoginAsync();
        await emulator.Http.PostAsync("/_emulator/stats/reset", null);

        var page = await EmulatorHarness.QueryAsync(client, "SELECT Id FROM ia_crm__Sales_Invoice__c");
        await client.GetAsync(page["nextRecordsUrl"]!.GetValue<string>());
        var ids = page["records"]!.AsArray().Take(2).Select(r => r!["Id"]!.GetValue<string>()).ToList();
        await client.DeleteAsync(
            $"{EmulatorHarness.Api}/composite/sobjects?ids={string.Join(',', ids)}&allOrNone=false");
        await client.DeleteAsync($"{EmulatorHarness.Api}/sobjects/ia_crm__Sales_Invoice__c/{ids[0]}");
        var job = await client.PostAsJsonAsync(
            $"{EmulatorHarness.Api}/jobs/ingest",
            new { @object = "ia_crm__Contract__c", operation = "delete", contentType = "CSV", lineEnding = "LF" });
        var jobId = (await EmulatorHarness.ReadJsonAsync(job))["id"]!.GetValue<string>();
        await client.GetAsync($"{EmulatorHarness.Api}/jobs/ingest/{jobId}");
        await emulator.IntacctAsync(
            IntacctTests.LoginRequest("readByQuery", "<object>CUSTOMER</object><fields>*</fields><query></query>"));
        await emulator.TokenRequestAsync(true, EmulatorHarness.SandboxUser);

        var stats = await EmulatorHarness.GetJsonAsync(emulator.Http, "/_emulator/stats");

        Assert.Equal(8, stats["requests"]!.GetValue<long>());
        Assert.Equal(3, stats["mutating"]!.GetValue<long>());
        var routes = stats["routes"]!.AsObject().ToDictionary(r => r.Key, r => r.Value!.GetValue<long>());
        Assert.Equal(
            new Dictionary<string, long>
            {
                ["DELETE /services/data/v62.0/composite/sobjects"] = 1,
                ["DELETE /services/data/v62.0/sobjects/ia_crm__Sales_Invoice__c/{id}"] = 1,
                ["GET /services/data/v62.0/jobs/ingest/{id}"] = 1,
                ["GET /services/data/v62.0/query"] = 1,
                ["GET /services/data/v62.0/query/{id}"] = 1,
                ["POST /ia/xml/xmlgw.phtml"] = 1,
                ["POST /salesforce/test/services/oauth2/token"] = 1,
                ["POST /services/data/v62.0/jobs/ingest"] = 1,
            },
            routes);
    }

    [Fact]
    public async Task Intacct_requests_with_write_functions_count_as_mutating()
    {
        await using var emulator = await EmulatorHarness.StartAsync();

        await emulator.IntacctAsync(IntacctTests.LoginRequest("create", "<CUSTOMER><NAME>x</NAME></CUSTOMER>"));
        await emulator.IntacctAsync(IntacctTests.LoginRequest("getAPISession", ""));

        var stats = await EmulatorHarness.GetJsonAsync(emulator.Http, "/_emulator/stats");
        Assert.Equal(2, stats["requests"]!.GetValue<long>());
        Assert.Equal(1, stats["mutating"]!.GetValue<long>());
    }

    [Fact]
    public async Task Reset_clears_the_counts_and_emulator_routes_are_not_counted()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        await emulator.TokenRequestAsync(true, EmulatorHarness.SandboxUser);

        await emulator.Http.PostAsync("/_emulator/stats/reset", new StringContent("", Encoding.UTF8));
        await emulator.StateAsync();

        var stats = await EmulatorHarness.GetJsonAsync(emulator.Http, "/_emulator/stats");
        Assert.Equal(0, stats["requests"]!.GetValue<long>());
        Assert.Empty(stats["routes"]!.AsObject());
    }
}
