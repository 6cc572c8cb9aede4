using System.Net;
using System.Net.Http.Json;

namespace Runbook.Emulator.Tests;

public sealed class FaultInjectionTests
{
    private const string Invoices = "ia_crm__Sales_Invoice__c";

    [Fact]
    public async Task Faulted_calls_answer_503_or_REQUEST_LIMIT_EXCEEDED_and_change_nothing()
    {
        using var directory = new TempDirectory();
        var (token, ids, sandboxInfoId, productionToken) = await PrepareAsync(directory.Path);

        await using (var faulty = await EmulatorHarness.StartAsync(
            o => o with { FaultRate = 1, RandomSeed = 7 },
            directory.Path))
        {
            using var client = Authorized(faulty, token);
            using var production = Authorized(faulty, productionToken);
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 10; i++)
            {
                var response = await client.DeleteAsync(
                    $"{EmulatorHarness.Api}/composite/sobjects?ids={string.Join(',', ids)}");
                statuses.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.Forbidden)
                {
                    Assert.Equal(
                        "REQUEST_LIMIT_EXCEEDED",
                        (await EmulatorHarness.ReadJsonAsync(response))[0]!["errorCode"]!.GetValue<string>());
                }
            }

            var refresh = await production.PatchAsJsonAsync(
                $"{EmulatorHarness.Api}/tooling/sobjects/SandboxInfo/{sandboxInfoId}",
                new { LicenseType = "DEVELOPER_PRO", AutoActivate = true });
            var job = await client.PostAsJsonAsync(
                $"{EmulatorHarness.Api}/jobs/ingest",
                new { @object = Invoices, operation = "delete", contentType = "CSV", lineEnding = "LF" });
            var login = await faulty.TokenRequestAsync(true, EmulatorHarness.SandboxUser);

            Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
            Assert.Contains(HttpStatusCode.Forbidden, statuses);
            Assert.All(statuses, s => Assert.True(s is HttpStatusCode.ServiceUnavailable or HttpStatusCode.Forbidden));
            Assert.True(refresh.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.Forbidden);
            Assert.True(job.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.Forbidden);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, login.StatusCode);

            var state = await faulty.StateAsync();
            Assert.Equal(50, await faulty.LiveCountAsync("uat", Invoices));
            Assert.Single(state["sandboxes"]![0]!["processes"]!.AsArray());
            Assert.Empty(state["bulkJobs"]!.AsArray());

            // Only the preparing server's one query counts: faulted calls never reach the usage counter.
            Assert.Equal(1, state["orgs"]![1]!["apiUsage"]!.GetValue<long>());
        }
    }

    [Fact]
    public async Task Dropped_connections_fail_the_client_and_change_nothing()
    {
        using var directory = new TempDirectory();
        var (token, ids, _, _) = await PrepareAsync(directory.Path);

        await using var dropping = await EmulatorHarness.StartAsync(o => o with { DropRate = 1 }, directory.Path);
        using var client = Authorized(dropping, token);

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            client.DeleteAsync($"{EmulatorHarness.Api}/composite/sobjects?ids={string.Join(',', ids)}"));

        Assert.Equal(50, await dropping.LiveCountAsync("uat", Invoices));
        var stats = await EmulatorHarness.GetJsonAsync(dropping.Http, "/_emulator/stats");
        Assert.Equal(1, stats["drops"]!.GetValue<long>());
    }

    [Fact]
    public async Task Drops_after_processing_lose_the_answer_but_keep_the_committed_change()
    {
        using var directory = new TempDirectory();
        var (token, ids, _, _) = await PrepareAsync(directory.Path);

        await using (var dropping = await EmulatorHarness.StartAsync(
            o => o with { DropAfterProcessingRate = 1 },
            directory.Path))
        {
            using var client = Authorized(dropping, token);
            await Assert.ThrowsAsync<HttpRequestException>(() =>
                client.DeleteAsync($"{EmulatorHarness.Api}/composite/sobjects?ids={string.Join(',', ids)}"));
            Assert.Equal(47, await dropping.LiveCountAsync("uat", Invoices));
        }

        // A retry after the lost answer sees the records as already deleted, which the client treats as done.
        await using var healthy = await EmulatorHarness.StartAsync(stateDirectory: directory.Path);
        using var retry = Authorized(healthy, token);
        var results = await EmulatorHarness.ReadJsonAsync(
            await retry.DeleteAsync($"{EmulatorHarness.Api}/composite/sobjects?ids={string.Join(',', ids)}"));
        Assert.All(
            results.AsArray(),
            r => Assert.Equal("ENTITY_IS_DELETED", r!["errors"]![0]!["statusCode"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Latency_and_faults_do_not_apply_to_emulator_routes()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { FaultRate = 1, DropRate = 1 });

        var state = await emulator.Http.GetAsync("/_emulator/state");
        var stats = await emulator.Http.GetAsync("/_emulator/stats");

        Assert.Equal(HttpStatusCode.OK, state.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
    }

    [Fact]
    public async Task Rates_outside_0_to_1_are_refused()
    {
        using var directory = new TempDirectory();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            EmulatorServer.StartAsync(new EmulatorOptions { StateDirectory = directory.Path, FaultRate = 1.5 }));
    }

    /// <summary>
    /// Seeds the directory with a healthy server and returns what the faulty one will be asked to change.
    /// </summary>
    private static async Task<(string Token, List<string> Ids, string SandboxInfoId, string ProductionToken)>
        PrepareAsync(string directory)
    {
        await using var healthy = await EmulatorHarness.StartAsync(stateDirectory: directory);
        using var client = await healthy.LoginAsync();
        using var production = await healthy.LoginAsync(sandbox: false);
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 3);
        var sandboxInfo = await EmulatorHarness.QueryAsync(production, "SELECT Id FROM SandboxInfo", tooling: true);
        return (
            client.DefaultRequestHeaders.Authorization!.Parameter!,
            ids,
            sandboxInfo["records"]![0]!["Id"]!.GetValue<string>(),
            production.DefaultRequestHeaders.Authorization!.Parameter!);
    }

    private static HttpClient Authorized(EmulatorHarness emulator, string token)
    {
        var client = new HttpClient { BaseAddress = emulator.Server.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }
}
