using System.Net;
using System.Text.Json;
using Runbook.Steps.Http;
using Runbook.Steps.Salesforce;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Salesforce;

public sealed class CompositeDeleteTests
{
    private static readonly string[] FourIds =
        ["001XX000003DGb2AAG", "001XX000003DGb3AAG", "001XX000003DGb4AAG", "001XX000003DGb5AAG"];

    [Fact]
    public async Task ResultsFollowTheIdOrderAndAlreadyDeletedCountsAsDone()
    {
        var retries = new List<ApiRetry>();
        var http = new FakeHttpHandler()
            .Login()
            .OkFile("composite-delete-mixed.json")
            .OkFile("composite-delete-retried.json");
        using var client = new SalesforceClient(SalesforceFixture.Options(retries), http);

        var results = await client.DeleteRecordsAsync(FourIds);

        Assert.Equal(FourIds, results.Select(r => r.Id));
        Assert.Equal(
            [DeleteOutcome.Deleted, DeleteOutcome.AlreadyDeleted, DeleteOutcome.Deleted, DeleteOutcome.Failed],
            results.Select(r => r.Outcome));
        Assert.True(results[1].IsDone);
        Assert.False(results[3].IsDone);
        Assert.Equal("INSUFFICIENT_ACCESS_OR_READONLY", results[3].Errors.Single().ErrorCode);

        var deletes = http.ApiRequests();
        Assert.All(deletes, d => Assert.Equal(HttpMethod.Delete, d.Method));
        Assert.Equal($"{SalesforceFixture.Data}/composite/sobjects", deletes[0].Path);
        Assert.Equal(string.Join(',', FourIds), deletes[0].QueryValue("ids"));
        Assert.Equal("false", deletes[0].QueryValue("allOrNone"));

        // Only the locked row goes again.
        Assert.Equal("001XX000003DGb4AAG", deletes[1].QueryValue("ids"));
        Assert.Equal("UNABLE_TO_LOCK_ROW (HTTP 200)", Assert.Single(retries).Reason);
    }

    [Fact]
    public async Task RowsStillLockedAfterTheLastRetryComeBackAsFailed()
    {
        var locked = """
            [{"success":false,"errors":[{"statusCode":"UNABLE_TO_LOCK_ROW","message":"locked","fields":[]}]}]
            """;
        var http = new FakeHttpHandler().Login().Ok(locked).Ok(locked).Ok(locked);
        var options = SalesforceFixture.Options(retry: new RetryOptions
        {
            MaxRetryAttempts = 2,
            BaseDelay = TimeSpan.Zero,
            UseJitter = false,
        });
        using var client = new SalesforceClient(options, http);

        var result = Assert.Single(await client.DeleteRecordsAsync(["001XX000003DGb4AAG"]));

        Assert.Equal(DeleteOutcome.Failed, result.Outcome);
        Assert.Equal(SalesforceErrorCodes.UnableToLockRow, result.Errors.Single().ErrorCode);
        Assert.Equal(3, http.ApiRequests().Count);
    }

    [Fact]
    public async Task MoreThan200IdsAreRefusedBeforeAnyCall()
    {
        var http = new FakeHttpHandler();
        using var client = new SalesforceClient(SalesforceFixture.Options(), http);
        var ids = Enumerable.Range(0, 201).Select(FakeId).ToArray();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.DeleteRecordsAsync(ids));

        Assert.Empty(http.Requests);
    }

    [Fact]
    public async Task AStreamOfIdsIsDeletedInBatchesOf200()
    {
        var http = new FakeHttpHandler().Login();
        for (var i = 0; i < 3; i++)
        {
            http.Then(AllSucceed);
        }

        using var client = new SalesforceClient(SalesforceFixture.Options(), http);
        var ids = Enumerable.Range(0, 450).Select(FakeId).ToAsyncEnumerable();

        var batches = await client.DeleteInBatchesAsync(ids).ToListAsync();

        Assert.Equal([200, 200, 50], batches.Select(b => b.Count));
        Assert.Equal([200, 200, 50], http.ApiRequests().Select(r => r.QueryValue("ids")!.Split(',').Length));
        Assert.All(batches.SelectMany(b => b), r => Assert.Equal(DeleteOutcome.Deleted, r.Outcome));
        Assert.Equal(FakeId(449), batches[2][^1].Id);
    }

    [Fact]
    public async Task AMalformedIdIsRefusedBeforeItReachesTheUrl()
    {
        var http = new FakeHttpHandler();
        using var client = new SalesforceClient(SalesforceFixture.Options(), http);

        await Assert.ThrowsAsync<ArgumentException>(
            () => client.DeleteRecordsAsync(["001XX000003DGb2AAG,001XX000003DGb3AAG"]));

        Assert.Empty(http.Requests);
    }

    private static string FakeId(int n) => $"a0BXX{n:D10}AAA";

    private static HttpResponseMessage AllSucceed(RecordedRequest request)
    {
        var ids = request.QueryValue("ids")!.Split(',');
        var body = JsonSerializer.Serialize(
            ids.Select(id => new { id, success = true, errors = Array.Empty<object>() }));
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) };
    }
}
