using System.Collections.Concurrent;
using Runbook.Steps.Salesforce;
using Runbook.Steps.Tests.Support;

namespace Runbook.Steps.Tests.Plugins;

/// <summary>
/// When the Bulk API 2.0 delete of a step polls its job. The close answers with the job's state, so the first
/// poll waits an interval rather than asking again at once.
/// </summary>
public sealed class BulkPollTests
{
    private const string JobId = "750XX000000OtTWYA0";

    private static readonly string[] Ids = ["001XX000003DGb2AAG", "001XX000003DGb3AAG"];

    [Fact]
    public async Task A_new_job_is_first_polled_one_interval_after_its_close()
    {
        var events = new ConcurrentQueue<string>();
        var http = new FakeHttpHandler()
            .Login()
            .OkFile("bulk-job-open.json")
            .Created()
            .OkFile("bulk-job-upload-complete.json")
            .OkFile("bulk-job-in-progress.json")
            .OkFile("bulk-job-complete.json");
        using var client = new SalesforceClient(
            SalesforceFixture.Options(time: new RecordingTime(events)),
            new NotingHandler(http, events));

        var job = await client.RunBulkDeleteAsync(new BulkDeleteRun
        {
            Object = "ia_crm__Sales_Invoice__c",
            Ids = Ids.ToAsyncEnumerable(),
            PollInterval = TimeSpan.FromSeconds(5),
        });

        Assert.Equal(BulkJobStates.JobComplete, job!.State);
        Assert.Equal(
            ["POST", "PUT", "PATCH", "wait 5 s", "GET", "wait 5 s", "GET"],
            events.Where(e => e != "POST token"));
    }

    [Fact]
    public async Task A_resumed_job_is_not_read_twice_in_a_row()
    {
        var events = new ConcurrentQueue<string>();
        var http = new FakeHttpHandler()
            .Login()
            .OkFile("bulk-job-in-progress.json")
            .OkFile("bulk-job-complete.json");
        using var client = new SalesforceClient(
            SalesforceFixture.Options(time: new RecordingTime(events)),
            new NotingHandler(http, events));

        await client.RunBulkDeleteAsync(new BulkDeleteRun
        {
            Object = "ia_crm__Sales_Invoice__c",
            Ids = Ids.ToAsyncEnumerable(),
            ExistingJobId = JobId,
            PollInterval = TimeSpan.FromSeconds(5),
        });

        Assert.Equal(["GET", "wait 5 s", "GET"], events.Where(e => e != "POST token"));
    }

    /// <summary>Notes each request's method (the token request by name) before passing it on.</summary>
    private sealed class NotingHandler(HttpMessageHandler inner, ConcurrentQueue<string> events)
        : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            var isToken = request.RequestUri!.AbsolutePath.EndsWith("/oauth2/token", StringComparison.Ordinal);
            events.Enqueue(isToken ? "POST token" : request.Method.Method);
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>A clock whose timers fire at once and note how long they were asked to wait.</summary>
    private sealed class RecordingTime(ConcurrentQueue<string> events) : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            events.Enqueue($"wait {dueTime.TotalSeconds:0} s");
            ThreadPool.QueueUserWorkItem(_ => callback(state));
            return new FiredTimer();
        }
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
