using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;

namespace Runbook.Emulator.Tests;

public sealed class PersistenceTests
{
    [Fact]
    public async Task A_second_server_on_the_same_directory_sees_deletes_refreshes_sessions_and_cursors()
    {
        using var directory = new TempDirectory();
        var clock = new ManualTimeProvider(DateTimeOffset.Parse("2025-03-01T09:00:00Z", CultureInfo.InvariantCulture));
        EmulatorOptions Configure(EmulatorOptions o) =>
            o with { Records = 5000, TimeProvider = clock, RefreshSeconds = 60 };

        string token, nextPage, refreshedSandbox;
        await using (var first = await EmulatorHarness.StartAsync(Configure, directory.Path))
        {
            using var sandbox = await first.LoginAsync();
            using var production = await first.LoginAsync(sandbox: false);
            token = sandbox.DefaultRequestHeaders.Authorization!.Parameter!;
            var ids = await EmulatorHarness.QueryIdsAsync(sandbox, "ia_crm__Contract__c", 10);
            await sandbox.DeleteAsync($"{EmulatorHarness.Api}/composite/sobjects?ids={string.Join(',', ids)}");
            var invoicePage = await EmulatorHarness.QueryAsync(sandbox, "SELECT Id FROM ia_crm__Sales_Invoice__c");
            nextPage = invoicePage["nextRecordsUrl"]!.GetValue<string>();
            var sandboxInfo = await EmulatorHarness.QueryAsync(production, "SELECT Id FROM SandboxInfo", tooling: true);
            refreshedSandbox = sandboxInfo["records"]![0]!["Id"]!.GetValue<string>();
            var refresh = await production.PatchAsJsonAsync(
                $"{EmulatorHarness.Api}/tooling/sobjects/SandboxInfo/{refreshedSandbox}",
                new { LicenseType = "DEVELOPER_PRO", AutoActivate = true });
            Assert.Equal(HttpStatusCode.NoContent, refresh.StatusCode);
        }

        await using var second = await EmulatorHarness.StartAsync(Configure, directory.Path);
        using var client = new HttpClient { BaseAddress = second.Server.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var contracts = await EmulatorHarness.QueryAsync(client, "SELECT COUNT() FROM ia_crm__Contract__c");
        var page = await EmulatorHarness.GetJsonAsync(client, nextPage);
        Assert.Equal(2490, contracts["totalSize"]!.GetValue<long>());
        Assert.Equal(500, page["records"]!.AsArray().Count);

        var state = await second.StateAsync();
        var processes = state["sandboxes"]![0]!["processes"]!.AsArray();
        Assert.Equal(2, processes.Count);
        Assert.Equal("Pending", processes[^1]!["status"]!.GetValue<string>());

        // The refresh completes while no process is watching it; the new server still invalidates the session.
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{EmulatorHarness.Api}/limits/")).StatusCode);
        Assert.Equal(
            "Completed",
            (await second.StateAsync())["sandboxes"]![0]!["processes"]!.AsArray()[^1]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Changing_records_or_scenario_reseeds_and_keeping_them_does_not()
    {
        using var directory = new TempDirectory();
        async Task<(long Invoices, string Scenario)> RunAsync(string scenario, int records, bool deleteOne)
        {
            await using var emulator = await EmulatorHarness.StartAsync(
                o => o with { Scenario = scenario, Records = records },
                directory.Path);
            if (deleteOne)
            {
                using var client = await emulator.LoginAsync();
                var id = (await EmulatorHarness.QueryIdsAsync(client, "ia_crm__Sales_Invoice__c", 1)).Single();
                await client.DeleteAsync($"{EmulatorHarness.Api}/sobjects/ia_crm__Sales_Invoice__c/{id}");
            }

            var state = await emulator.StateAsync();
            return (
                await emulator.LiveCountAsync("uat", "ia_crm__Sales_Invoice__c"),
                state["scenario"]!.GetValue<string>());
        }

        Assert.Equal((99L, "default"), await RunAsync("default", 200, deleteOne: true));
        Assert.Equal((99L, "default"), await RunAsync("default", 200, deleteOne: false));
        Assert.Equal((150L, "default"), await RunAsync("default", 300, deleteOne: false));
        Assert.Equal((150L, "shared-org"), await RunAsync("shared-org", 300, deleteOne: false));
    }

    [Fact]
    public async Task Two_servers_started_together_on_a_new_directory_seed_it_once_and_share_it()
    {
        using var directory = new TempDirectory();

        var servers = await Task.WhenAll(
            EmulatorHarness.StartAsync(stateDirectory: directory.Path),
            EmulatorHarness.StartAsync(stateDirectory: directory.Path));
        await using var first = servers[0];
        await using var second = servers[1];
        using var client = await first.LoginAsync();
        var id = (await EmulatorHarness.QueryIdsAsync(client, "ia_crm__Contract__c", 1)).Single();
        await client.DeleteAsync($"{EmulatorHarness.Api}/sobjects/ia_crm__Contract__c/{id}");

        Assert.Equal(49, await second.LiveCountAsync("uat", "ia_crm__Contract__c"));
        Assert.Equal(50, await second.LiveCountAsync("production", "ia_crm__Contract__c"));
    }

    [Fact]
    public async Task Reseeding_is_announced_in_the_log()
    {
        using var directory = new TempDirectory();
        var logs = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        await (await EmulatorServer.StartAsync(
            new EmulatorOptions { StateDirectory = directory.Path, Records = 10 },
            factory)).DisposeAsync();

        await (await EmulatorServer.StartAsync(
            new EmulatorOptions { StateDirectory = directory.Path, Records = 20 },
            factory)).DisposeAsync();

        Assert.Contains(
            logs.Messages,
            m => m.StartsWith("Reseeding emulator state", StringComparison.Ordinal)
                && m.Contains("records=10", StringComparison.Ordinal));
        Assert.DoesNotContain(
            logs.Messages,
            m => m.Contains("emulator", StringComparison.Ordinal)
                && m.Contains("password", StringComparison.OrdinalIgnoreCase));
    }
}
