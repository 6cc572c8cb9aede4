using System.Net;
using System.Text.Json.Nodes;

namespace Runbook.Emulator.Tests;

/// <summary>
/// Many collection deletes at once on one org, as a delete step with parallelism 8 sends them: every write of the
/// server takes its turn, so no delete is lost, none is applied twice, and every call is counted once.
/// </summary>
public sealed class ConcurrentWriteTests
{
    private const string Invoices = "ia_crm__Sales_Invoice__c";
    private const string Contracts = "ia_crm__Contract__c";

    [Fact]
    public async Task Concurrent_deletes_of_two_objects_all_succeed_and_leave_the_right_counts()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { Records = 4000 });
        using var client = await emulator.LoginAsync();
        var invoices = await EmulatorHarness.QueryIdsAsync(client, Invoices, 1600);
        var contracts = await EmulatorHarness.QueryIdsAsync(client, Contracts, 1000);

        var batches = invoices.Chunk(200).Concat(contracts.Chunk(200)).ToList();
        var responses = await Task.WhenAll(batches.Select(batch => DeleteAsync(client, batch)));

        Assert.All(responses.SelectMany(r => r.Results), r => Assert.True(r!["success"]!.GetValue<bool>()));
        Assert.Equal(400, await emulator.LiveCountAsync("uat", Invoices));
        Assert.Equal(1000, await emulator.LiveCountAsync("uat", Contracts));
    }

    [Fact]
    public async Task Concurrent_calls_are_each_counted_once_against_the_daily_allocation()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { Records = 2000 });
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 1000);

        var responses = await Task.WhenAll(ids.Chunk(50).Select(batch => DeleteAsync(client, batch)));

        // The query was call 1; the 20 deletes saw 2..21, each its own number.
        var limit = $"/{emulator.Options.ApiRequestLimit}";
        Assert.All(responses, r => Assert.EndsWith(limit, r.Usage, StringComparison.Ordinal));
        Assert.Equal(
            Enumerable.Range(2, 20),
            responses.Select(r => int.Parse(r.Usage["api-usage=".Length..^limit.Length])).Order());
    }

    [Fact]
    public async Task Concurrent_deletes_of_the_same_ids_delete_each_record_exactly_once()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { Records = 400 });
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 200);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => DeleteAsync(client, ids)));

        var byId = responses.SelectMany(r => r.Results).GroupBy(r => r!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(200, byId.Count);
        Assert.All(byId, results =>
        {
            Assert.Equal(1, results.Count(r => r!["success"]!.GetValue<bool>()));
            Assert.All(
                results.Where(r => !r!["success"]!.GetValue<bool>()),
                r => Assert.Equal("ENTITY_IS_DELETED", r!["errors"]![0]!["statusCode"]!.GetValue<string>()));
        });
        Assert.Equal(0, await emulator.LiveCountAsync("uat", Invoices));
    }

    [Fact]
    public async Task Two_servers_on_one_state_directory_delete_concurrently_without_losing_a_record()
    {
        using var directory = new TempDirectory();
        await using var first = await EmulatorHarness.StartAsync(o => o with { Records = 2000 }, directory.Path);
        await using var second = await EmulatorHarness.StartAsync(o => o with { Records = 2000 }, directory.Path);
        using var firstClient = await first.LoginAsync();
        using var secondClient = await second.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(firstClient, Invoices, 1000);

        // Each server serialises its own writers; between the two, SQLite's lock decides.
        var batches = ids.Chunk(100).ToList();
        var responses = await Task.WhenAll(batches.Select((batch, index) =>
            DeleteAsync(index % 2 == 0 ? firstClient : secondClient, batch)));

        Assert.All(responses.SelectMany(r => r.Results), r => Assert.True(r!["success"]!.GetValue<bool>()));
        Assert.Equal(0, await first.LiveCountAsync("uat", Invoices));
        Assert.Equal(0, await second.LiveCountAsync("uat", Invoices));
    }

    private static async Task<(JsonArray Results, string Usage)> DeleteAsync(
        HttpClient client,
        IReadOnlyList<string> ids)
    {
        var response = await client.DeleteAsync(
            $"{EmulatorHarness.Api}/composite/sobjects?ids={string.Join(',', ids)}&allOrNone=false");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var usage = response.Headers.GetValues("Sforce-Limit-Info").Single();
        return ((await EmulatorHarness.ReadJsonAsync(response)).AsArray(), usage);
    }
}
