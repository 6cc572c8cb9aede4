using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Runbook.Emulator.Tests;

public sealed class BulkJobTests
{
    private const string Invoices = "ia_crm__Sales_Invoice__c";
    private const string Jobs = EmulatorHarness.Api + "/jobs/ingest";

    [Fact]
    public async Task Delete_job_goes_from_Open_through_InProgress_to_JobComplete_and_deletes_the_records()
    {
        var clock = new ManualTimeProvider(
            DateTimeOffset.Parse("2025-03-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var emulator = await EmulatorHarness.StartAsync(
            o => o with { TimeProvider = clock, BulkJobSeconds = 10 });
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 50);

        var created = await CreateJobAsync(client, "delete");
        var jobId = created["id"]!.GetValue<string>();
        Assert.StartsWith("750", jobId);
        Assert.Equal("Open", created["state"]!.GetValue<string>());
        Assert.Equal($"services/data/v62.0/jobs/ingest/{jobId}/batches", created["contentUrl"]!.GetValue<string>());

        var upload = await UploadAsync(client, jobId, "Id\n" + string.Join('\n', ids) + "\n");
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);

        var closed = await CloseAsync(client, jobId);
        Assert.Equal("UploadComplete", closed["state"]!.GetValue<string>());

        clock.Advance(TimeSpan.FromSeconds(5));
        var running = await EmulatorHarness.GetJsonAsync(client, $"{Jobs}/{jobId}");
        Assert.Equal("InProgress", running["state"]!.GetValue<string>());

        clock.Advance(TimeSpan.FromSeconds(5));
        var done = await EmulatorHarness.GetJsonAsync(client, $"{Jobs}/{jobId}");
        Assert.Equal("JobComplete", done["state"]!.GetValue<string>());
        Assert.Equal(50, done["numberRecordsProcessed"]!.GetValue<long>());
        Assert.Equal(0, done["numberRecordsFailed"]!.GetValue<long>());
        Assert.Equal(0, await emulator.LiveCountAsync("uat", Invoices));

        var successful = await client.GetStringAsync($"{Jobs}/{jobId}/successfulResults/");
        var lines = successful.TrimEnd('\n').Split('\n');
        Assert.Equal("\"sf__Id\",\"sf__Created\",Id", lines[0]);
        Assert.Equal($"\"{ids[0]}\",\"false\",{ids[0]}", lines[1]);
        Assert.Equal(51, lines.Length);
    }

    [Fact]
    public async Task Failed_results_list_already_deleted_and_unknown_ids_with_their_errors()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { BulkJobSeconds = 0 });
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 3);
        await client.DeleteAsync($"{EmulatorHarness.Api}/composite/sobjects?ids={ids[0]}&allOrNone=false");
        var jobId = (await CreateJobAsync(client, "delete"))["id"]!.GetValue<string>();

        await UploadAsync(client, jobId, $"\"Id\"\n\"{ids[0]}\"\n{ids[1]}\nbogus\n{ids[2]}\n");
        await CloseAsync(client, jobId);

        var info = await EmulatorHarness.GetJsonAsync(client, $"{Jobs}/{jobId}");
        Assert.Equal("JobComplete", info["state"]!.GetValue<string>());
        Assert.Equal(4, info["numberRecordsProcessed"]!.GetValue<long>());
        Assert.Equal(2, info["numberRecordsFailed"]!.GetValue<long>());

        var failed = (await client.GetStringAsync($"{Jobs}/{jobId}/failedResults/")).TrimEnd('\n').Split('\n');
        Assert.Equal(["\"sf__Id\",\"sf__Error\",\"Id\"",
            $"\"{ids[0]}\",\"ENTITY_IS_DELETED:entity is deleted:--\",\"{ids[0]}\"",
            "\"bogus\",\"MALFORMED_ID:malformed id bogus:--\",bogus"], failed);
        Assert.Equal(47, await emulator.LiveCountAsync("uat", Invoices));
    }

    [Fact]
    public async Task Hard_delete_without_the_permission_is_refused_at_job_creation()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();

        var response = await client.PostAsJsonAsync(Jobs, JobRequest("hardDelete"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await EmulatorHarness.ReadJsonAsync(response))[0]!;
        Assert.Equal("FEATURENOTENABLED", error["errorCode"]!.GetValue<string>());
        Assert.Contains(
            "hardDelete operation requires special user profile permission",
            error["message"]!.GetValue<string>());
        Assert.Empty((await EmulatorHarness.GetJsonAsync(client, Jobs))["records"]!.AsArray());
    }

    [Fact]
    public async Task Hard_delete_with_the_permission_purges_records()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { BulkJobSeconds = 0 });
        await emulator.Http.PostAsync("/_emulator/hard-delete-permission?org=uat&enabled=true", null);
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 2);

        var jobId = (await CreateJobAsync(client, "hardDelete"))["id"]!.GetValue<string>();
        await UploadAsync(client, jobId, "Id\n" + string.Join('\n', ids));
        await CloseAsync(client, jobId);

        var permission = await EmulatorHarness.QueryAsync(
            client,
            "SELECT PermissionsBulkApiHardDelete FROM UserPermissionAccess");
        Assert.True(permission["records"]![0]!["PermissionsBulkApiHardDelete"]!.GetValue<bool>());
        var inBin = await EmulatorHarness.GetJsonAsync(
            client,
            $"{EmulatorHarness.Api}/queryAll?q=" +
                Uri.EscapeDataString($"SELECT COUNT() FROM {Invoices} WHERE IsDeleted = true"));
        Assert.Equal(0, inBin["totalSize"]!.GetValue<long>());
        Assert.Equal(48, await emulator.LiveCountAsync("uat", Invoices));
    }

    [Fact]
    public async Task A_second_upload_to_the_same_job_is_refused()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();
        var jobId = (await CreateJobAsync(client, "delete"))["id"]!.GetValue<string>();

        await UploadAsync(client, jobId, "Id\n");
        var second = await UploadAsync(client, jobId, "Id\n");

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(
            "INVALIDJOBSTATE",
            (await EmulatorHarness.ReadJsonAsync(second))[0]!["errorCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_csv_without_an_Id_column_fails_the_job_and_deletes_nothing()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { BulkJobSeconds = 0 });
        using var client = await emulator.LoginAsync();
        var id = (await EmulatorHarness.QueryIdsAsync(client, Invoices, 1)).Single();
        var jobId = (await CreateJobAsync(client, "delete"))["id"]!.GetValue<string>();

        await UploadAsync(client, jobId, $"Name\n{id}\n");
        await CloseAsync(client, jobId);

        var info = await EmulatorHarness.GetJsonAsync(client, $"{Jobs}/{jobId}");
        Assert.Equal("Failed", info["state"]!.GetValue<string>());
        Assert.Contains("InvalidBatch", info["errorMessage"]!.GetValue<string>());
        Assert.Equal(50, await emulator.LiveCountAsync("uat", Invoices));
        var unprocessed = (await client.GetStringAsync($"{Jobs}/{jobId}/unprocessedrecords/"))
            .TrimEnd('\n')
            .Split('\n');
        Assert.Equal(["Name", id], unprocessed);
    }

    [Fact]
    public async Task Results_of_a_job_that_has_not_finished_are_refused()
    {
        await using var emulator = await EmulatorHarness.StartAsync(o => o with { BulkJobSeconds = 3600 });
        using var client = await emulator.LoginAsync();
        var jobId = (await CreateJobAsync(client, "delete"))["id"]!.GetValue<string>();
        await UploadAsync(client, jobId, "Id\n");
        await CloseAsync(client, jobId);

        var response = await client.GetAsync($"{Jobs}/{jobId}/failedResults/");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Aborted_open_job_processes_nothing()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();
        var ids = await EmulatorHarness.QueryIdsAsync(client, Invoices, 2);
        var jobId = (await CreateJobAsync(client, "delete"))["id"]!.GetValue<string>();
        await UploadAsync(client, jobId, "Id\n" + string.Join('\n', ids));

        var aborted = await PatchStateAsync(client, jobId, "Aborted");

        Assert.Equal("Aborted", aborted["state"]!.GetValue<string>());
        Assert.Equal(50, await emulator.LiveCountAsync("uat", Invoices));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{Jobs}/{jobId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Jobs}/{jobId}")).StatusCode);
    }

    [Fact]
    public async Task Jobs_of_unknown_objects_or_unsupported_operations_are_refused()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var client = await emulator.LoginAsync();

        var unknown = await client.PostAsJsonAsync(
            Jobs,
            new { @object = "Nope__c", operation = "delete", contentType = "CSV", lineEnding = "LF" });
        var insert = await client.PostAsJsonAsync(Jobs, JobRequest("insert"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, insert.StatusCode);
    }

    private static object JobRequest(string operation) =>
        new { @object = Invoices, operation, contentType = "CSV", lineEnding = "LF" };

    private static async Task<JsonNode> CreateJobAsync(HttpClient client, string operation)
    {
        var response = await client.PostAsJsonAsync(Jobs, JobRequest(operation));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await EmulatorHarness.ReadJsonAsync(response);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string jobId, string csv) =>
        client.PutAsync($"{Jobs}/{jobId}/batches", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static Task<JsonNode> CloseAsync(HttpClient client, string jobId) =>
        PatchStateAsync(client, jobId, "UploadComplete");

    private static async Task<JsonNode> PatchStateAsync(HttpClient client, string jobId, string state)
    {
        var response = await client.PatchAsJsonAsync($"{Jobs}/{jobId}", new { state });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await EmulatorHarness.ReadJsonAsync(response);
    }
}
