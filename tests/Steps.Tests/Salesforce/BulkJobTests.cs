using System.Net;
using System.Text.Json;
using Runbook.Steps.Salesforce;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Salesforce;

public sealed class BulkJobTests
{
    private const string JobId = "750XX000000OtTWYA0";
    private const string JobPath = $"{SalesforceFixture.Data}/jobs/ingest/{JobId}";

    private static readonly string[] Ids = ["001XX000003DGb2AAG", "001XX000003DGb3AAG", "001XX000003DGb4AAG"];

    [Fact]
    public async Task ANewRunCreatesUploadsCompletesAndPollsTheJob()
    {
        var http = new FakeHttpHandler()
            .Login()
            .OkFile("bulk-job-open.json")
            .Created()
            .OkFile("bulk-job-upload-complete.json")
            .OkFile("bulk-job-in-progress.json")
            .OkFile("bulk-job-complete.json");
        using var client = new SalesforceClient(SalesforceFixture.Options(), http);
        var recordedJobIds = new List<string>();
        var polled = new List<string>();

        var job = await client.RunBulkDeleteAsync(new BulkDeleteRun
        {
            Object = "ia_crm__Sales_Invoice__c",
            Ids = Ids.ToAsyncEnumerable(),
            PollInterval = TimeSpan.Zero,
            OnJobCreated = (id, _) =>
            {
                // The id must be recorded before anything is uploaded, so that a crash can re-attach.
                Assert.Equal(2, http.Requests.Count);
                recordedJobIds.Add(id);
                return Task.CompletedTask;
            },
            Progress = new SynchronousProgress<BulkJobInfo>(j => polled.Add(j.State)),
        });

        Assert.Equal(BulkJobStates.JobComplete, job!.State);
        Assert.Equal(3, job.RecordsProcessed);
        Assert.Equal(2, job.RecordsFailed);
        Assert.Equal([JobId], recordedJobIds);
        Assert.Equal([BulkJobStates.InProgress, BulkJobStates.JobComplete], polled);

        var calls = http.ApiRequests();
        Assert.Equal(
            ["POST", "PUT", "PATCH", "GET", "GET"],
            calls.Select(c => c.Method.Method));

        var create = JsonDocument.Parse(calls[0].Body).RootElement;
        Assert.Equal($"{SalesforceFixture.Data}/jobs/ingest", calls[0].Path);
        Assert.Equal("ia_crm__Sales_Invoice__c", create.GetProperty("object").GetString());
        Assert.Equal("delete", create.GetProperty("operation").GetString());
        Assert.Equal("CSV", create.GetProperty("contentType").GetString());
        Assert.Equal("LF", create.GetProperty("lineEnding").GetString());

        Assert.Equal($"{JobPath}/batches", calls[1].Path);
        Assert.Equal("text/csv", calls[1].ContentType);
        Assert.Equal("Id\n001XX000003DGb2AAG\n001XX000003DGb3AAG\n001XX000003DGb4AAG\n", calls[1].Body);

        Assert.Equal(JobPath, calls[2].Path);
        Assert.Equal("UploadComplete", JsonDocument.Parse(calls[2].Body).RootElement.GetProperty("state").GetString());
        Assert.Equal(JobPath, calls[3].Path);
    }

    [Fact]
    public async Task HardDeleteAsksForTheHardDeleteOperation()
    {
        var http = new FakeHttpHandler().Login().OkFile("bulk-job-open.json");
        using var client = new SalesforceClient(SalesforceFixture.Options(), http);

        await client.CreateBulkDeleteJobAsync("ia_crm__Contract__c", BulkDeleteOperation.HardDelete);

        var create = JsonDocument.Parse(http.ApiRequests().Single().Body).RootElement;
        Assert.Equal("hardDelete", create.GetProperty("operation").GetString());
        Assert.Equal("ia_crm__Contract__c", create.GetProperty("object").GetString());
    }

    [Fact]
    public async Task AResumedRunReattachesToAJobInProgressWithoutStartingAnother()
    {
        var http = new FakeHttpHandler()
            .Login()
            .OkFile("bulk-job-in-progress.json")
            .OkFile("bulk-job-complete.json");
        using var client = new SalesforceClient(SalesforceFixture.Options(), http);

        var job = await client.RunBulkDeleteAsync(new BulkDeleteRun
        {
            Object = "ia_crm__Sales_Invoice__c",
            Ids = Ids.ToAsyncEnumerable(),
            ExistingJobId = JobId,
            PollInterval = TimeSpan.Zero,
            OnJobCreated = (_, _) => throw new InvalidOperationException("No job may be created on resume."),
        });

        Assert.Equal(BulkJobStates.JobComplete, job!.State);
        Assert.All(http.ApiRequests(), r => Assert.Equal(HttpMethod.Get, r.Method));
        Assert.All(http.ApiRequests(), r => Assert.Equal(JobPath, r.Path));
    }

    [Fact]
    public async Task AResumedRunUploadsToAJobThatIsStillOpen()
    {
        var http = new FakeHttpHandler()
            .Login()
            .OkFile("bulk-job-open.json")
            .Created()
            .OkFile("bulk-job-upload-complete.json")
            .OkFile("bulk-job-complete.json");
        using var client = new SalesforceClient(SalesforceFixture.Options(), http);

        await client.RunBulkDeleteAsync(new BulkDeleteRun
        {
            Object = "ia_crm__Sales_Invoice__c",
            Ids = Ids.ToAsyncEnumerable(),
            ExistingJobId = JobId,
            PollInterval = TimeSpan.Zero,
        });

        Assert.Equal(["GET", "PUT", "PATCH", "GET"], http.ApiRequests().Select(r => r.Method.Method));
        Assert.DoesNotContain(http.ApiRequests(), r => r.Path == $"{SalesforceFixture.Data}/jobs/ingest");
    }

    [Fact]
    public async Task ANewRunWithoutIdsCreatesNoJob()
    {
        var http = new FakeHttpHandler();
        using var client = new SalesforceClient(SalesforceFixture.Options(), http);

        var job = await client.RunBulkDeleteAsync(new BulkDeleteRun
        {
            Object = "ia_crm__Sales_Invoice__c",
            Ids = Array.Empty<string>().ToAsyncEnumerable(),
        });

        Assert.Null(job);
        Assert.Empty(http.Requests);
    }

    [Fact]
    public async Task AMalformedIdStopsTheRunBeforeAJobExists()
    {
        var http = new FakeHttpHandler();
        using var client = new SalesforceClient(SalesforceFixture.Options(), http);

        await Assert.ThrowsAsync<ArgumentException>(() => client.RunBulkDeleteAsync(new BulkDeleteRun
        {
            Object = "ia_crm__Sales_Invoice__c",
            Ids = new[] { "001XX000003DGb2AAG", "not-an-id" }.ToAsyncEnumerable(),
        }));

        Assert.Empty(http.Requests);
    }

    [Fact]
    public async Task AnUploadRefusedByTheServerIsSentAgainWhole()
    {
        var http = new FakeHttpHandler()
            .Login()
            .Respond(HttpStatusCode.ServiceUnavailable, "")
            .Created();
        using var client = new SalesforceClient(SalesforceFixture.Options(), http);

        var sent = await client.UploadBulkJobIdsAsync(JobId, Ids.ToAsyncEnumerable());

        Assert.Equal(3, sent);
        var uploads = http.ApiRequests();
        Assert.Equal(2, uploads.Count);
        Assert.Equal(uploads[0].Body, uploads[1].Body);
        Assert.StartsWith("Id\n001XX000003DGb2AAG\n", uploads[1].Body);
    }

    [Fact]
    public async Task FailedResultsAreStreamedFromTheCsv()
    {
        var http = new FakeHttpHandler()
            .Login()
            .Ok(Recorded.Salesforce("bulk-failed-results.csv"), "text/csv");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        var failures = await reader.GetBulkJobFailedResultsAsync(JobId).ToListAsync();

        Assert.Equal($"{JobPath}/failedResults/", http.ApiRequests().Single().Path);
        Assert.Equal(2, failures.Count);
        Assert.Equal("001XX000003DGb3AAG", failures[0].Id);
        Assert.True(failures[0].IsAlreadyDeleted);
        Assert.Equal("CANNOT_EXECUTE_FLOW_TRIGGER", failures[1].ErrorCode);
        Assert.Equal(
            "CANNOT_EXECUTE_FLOW_TRIGGER:The record couldnt be saved, \"Invoice Guard\" failed:--",
            failures[1].Error);
        Assert.False(failures[1].IsAlreadyDeleted);
    }
}
