using System.Net;
using System.Text.Json.Nodes;

namespace Runbook.Emulator.Tests;

public sealed class CollectionDeleteTests
{
    private const string Invoices = "ia_crm__Sales_Invoice__c";

    [Fact]
    public async Task Delete_answers_one_result_per_id_in_id_order()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 3);
        var contract = (await EmulatorHarness.QueryIdsAsync(client, "ia_crm__Contract__c", 1)).Single();
        var mixed = new[] { ids[2], contract, ids[0], ids[1] };

        var results = await DeleteAsync(client, mixed);

        Assert.Equal(mixed, results.Select(r => r!["id"]!.GetValue<string>()));
        Assert.All(results, r =>
        {
            Assert.True(r!["success"]!.GetValue<bool>());
            Assert.Empty(r["errors"]!.AsArray());
        });
        Assert.Equal(47, await emulator.LiveCountAsync("uat", Invoices));
        Assert.Equal(49, await emulator.LiveCountAsync("uat", "ia_crm__Contract__c"));
    }

    [Fact]
    public async Task A_second_delete_of_the_same_id_reports_ENTITY_IS_DELETED()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 2);
        await DeleteAsync(client, [ids[0]]);

        var results = await DeleteAsync(client, ids);

        Assert.False(results[0]!["success"]!.GetValue<bool>());
        var error = results[0]!["errors"]![0]!;
        Assert.Equal("ENTITY_IS_DELETED", error["statusCode"]!.GetValue<string>());
        Assert.Equal("entity is deleted", error["message"]!.GetValue<string>());
        Assert.Empty(error["fields"]!.AsArray());
        Assert.True(results[1]!["success"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_id_given_twice_in_one_call_is_deleted_once_then_reported_ENTITY_IS_DELETED()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 2);

        // The 15-character form names the same record as the 18-character one.
        var results = await DeleteAsync(client, [ids[0], ids[1], ids[0], ids[1][..15]]);

        Assert.Equal(
            [true, true, false, false],
            results.Select(r => r!["success"]!.GetValue<bool>()));
        Assert.Equal(
            ["ENTITY_IS_DELETED", "ENTITY_IS_DELETED"],
            results.Skip(2).Select(r => r!["errors"]![0]!["statusCode"]!.GetValue<string>()));
        Assert.Equal(48, await emulator.LiveCountAsync("uat", Invoices));
    }

    [Fact]
    public async Task An_id_with_another_objects_prefix_is_an_invalid_cross_reference_and_deletes_nothing()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();
        var invoice = (await EmulatorHarness.QueryIdsAsync(client, Invoices, 1)).Single();

        // The invoice's row under the contract prefix (a0C): a well-formed id that names no record.
        var results = await DeleteAsync(client, ["a0C" + invoice[3..15]]);

        Assert.Equal(
            "INVALID_CROSS_REFERENCE_KEY",
            results.Single()!["errors"]![0]!["statusCode"]!.GetValue<string>());
        Assert.Equal(50, await emulator.LiveCountAsync("uat", Invoices));
        Assert.Equal(50, await emulator.LiveCountAsync("uat", "ia_crm__Contract__c"));
    }

    [Fact]
    public async Task Injected_lock_failures_are_drawn_only_for_records_that_could_be_deleted()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { RecordFailureRate = 1 });
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 1);

        var results = await DeleteAsync(client, ["not-an-id", "a0C" + ids[0][3..15], ids[0]]);

        Assert.Equal(
            ["MALFORMED_ID", "INVALID_CROSS_REFERENCE_KEY", "UNABLE_TO_LOCK_ROW"],
            results.Select(r => r!["errors"]![0]!["statusCode"]!.GetValue<string>()));
    }

    [Fact]
    public async Task More_than_200_ids_is_refused_and_nothing_is_deleted()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { Records = 1000 });
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 201);

        var response = await client.DeleteAsync(
            $"{EmulatorHarness.Api}/composite/sobjects?ids={string.Join(',', ids)}&allOrNone=false");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "EXCEEDED_ID_LIMIT",
            (await EmulatorHarness.ReadJsonAsync(response))[0]!["errorCode"]!.GetValue<string>());
        Assert.Equal(500, await emulator.LiveCountAsync("uat", Invoices));

        var exactly200 = await DeleteAsync(client, ids.Take(200).ToList());
        Assert.Equal(200, exactly200.Count(r => r!["success"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Malformed_and_foreign_ids_fail_individually()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var sandbox = await emulator.LoginAsync(sandbox: true);
        using var production = await emulator.LoginAsync(sandbox: false);
        var productionId = (await EmulatorHarness.QueryIdsAsync(production, Invoices, 1)).Single();
        var sandboxId = (await EmulatorHarness.QueryIdsAsync(sandbox, Invoices, 1)).Single();

        var results = await DeleteAsync(sandbox, ["not-an-id", productionId, sandboxId]);

        Assert.Equal("MALFORMED_ID", results[0]!["errors"]![0]!["statusCode"]!.GetValue<string>());
        Assert.Equal("INVALID_CROSS_REFERENCE_KEY", results[1]!["errors"]![0]!["statusCode"]!.GetValue<string>());
        Assert.True(results[2]!["success"]!.GetValue<bool>());
        Assert.Equal(50, await emulator.LiveCountAsync("production", Invoices));
    }

    [Fact]
    public async Task All_or_none_rolls_back_every_record_when_one_fails()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 2);

        var response = await client.DeleteAsync(
            $"{EmulatorHarness.Api}/composite/sobjects?ids={ids[0]},{ids[1]},not-an-id&allOrNone=true");
        var results = (await EmulatorHarness.ReadJsonAsync(response)).AsArray();

        Assert.Equal("ALL_OR_NONE_OPERATION_ROLLED_BACK", results[0]!["errors"]![0]!["statusCode"]!.GetValue<string>());
        Assert.Equal("MALFORMED_ID", results[2]!["errors"]![0]!["statusCode"]!.GetValue<string>());
        Assert.Equal(50, await emulator.LiveCountAsync("uat", Invoices));
    }

    [Fact]
    public async Task Record_failure_rate_fails_ids_with_UNABLE_TO_LOCK_ROW_and_keeps_them()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { RecordFailureRate = 1 });
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 5);

        var results = await DeleteAsync(client, ids);

        Assert.All(
            results,
            r => Assert.Equal("UNABLE_TO_LOCK_ROW", r!["errors"]![0]!["statusCode"]!.GetValue<string>()));
        Assert.Equal(50, await emulator.LiveCountAsync("uat", Invoices));
    }

    [Fact]
    public async Task Single_record_delete_answers_204_then_404_ENTITY_IS_DELETED()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();
        var id = (await EmulatorHarness.QueryIdsAsync(client, Invoices, 1)).Single();

        var first = await client.DeleteAsync($"{EmulatorHarness.Api}/sobjects/{Invoices}/{id}");
        var second = await client.DeleteAsync($"{EmulatorHarness.Api}/sobjects/{Invoices}/{id}");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(
            "ENTITY_IS_DELETED",
            (await EmulatorHarness.ReadJsonAsync(second))[0]!["errorCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_deletes_and_queries_all_succeed()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { Records = 4000 });
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 2000);

        var deletes = ids.Chunk(100).Select(chunk => DeleteAsync(client, chunk));
        var queries = Enumerable.Range(0, 10)
            .Select(_ => EmulatorHarness.QueryAsync(client, "SELECT COUNT() FROM Account"));
        var results = await Task.WhenAll(deletes);
        await Task.WhenAll(queries);

        Assert.All(results.SelectMany(r => r), r => Assert.True(r!["success"]!.GetValue<bool>()));
        Assert.Equal(0, await emulator.LiveCountAsync("uat", Invoices));
    }

    private static async Task<JsonArray> DeleteAsync(HttpClient client, IReadOnlyList<string> ids)
    {
        var response = await client.DeleteAsync(
            $"{EmulatorHarness.Api}/composite/sobjects?ids={string.Join(',', ids)}&allOrNone=false");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await EmulatorHarness.ReadJsonAsync(response)).AsArray();
    }
}
