using System.Net;
using Microsoft.Extensions.Time.Testing;
using Runbook.Steps.Http;
using Runbook.Steps.Salesforce;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Salesforce;

public sealed class RetryTests
{
    [Fact]
    public async Task RequestLimitExceededIsRetriedAndReported()
    {
        var retries = new List<ApiRetry>();
        var http = new FakeHttpHandler()
            .Login()
            .Respond(HttpStatusCode.Forbidden, Recorded.Salesforce("error-request-limit.json"))
            .OkFile("query-count.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(retries), http);

        var count = await reader.CountAsync("SELECT COUNT() FROM Account");

        Assert.Equal(4213, count);
        var retry = Assert.Single(retries);
        Assert.Equal("Salesforce", retry.Service);
        Assert.Equal($"GET {SalesforceFixture.Data}/query", retry.Operation);
        Assert.Equal(1, retry.Attempt);
        Assert.Equal("REQUEST_LIMIT_EXCEEDED (HTTP 403)", retry.Reason);
        Assert.False(retry.DelayFromRetryAfter);
        Assert.Equal(2, http.ApiRequests().Count);
    }

    [Fact]
    public async Task ServiceUnavailableWithoutAJsonBodyIsRetried()
    {
        var retries = new List<ApiRetry>();
        var http = new FakeHttpHandler()
            .Login()
            .Respond(HttpStatusCode.ServiceUnavailable, "<html>Maintenance</html>", "text/html")
            .OkFile("query-count.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(retries), http);

        await reader.CountAsync("SELECT COUNT() FROM Account");

        Assert.Equal("HTTP_503 (HTTP 503)", Assert.Single(retries).Reason);
    }

    [Fact]
    public async Task ADroppedConnectionIsRetriedForAQuery()
    {
        var retries = new List<ApiRetry>();
        var http = new FakeHttpHandler()
            .Login()
            .Throw(new HttpRequestException("Connection reset by peer"))
            .OkFile("query-count.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(retries), http);

        await reader.CountAsync("SELECT COUNT() FROM Account");

        Assert.Equal(SalesforceErrorCodes.ConnectionFailed, Assert.Single(retries).Reason);
    }

    [Fact]
    public async Task ADroppedConnectionIsNotRetriedWhenCreatingAJob()
    {
        var retries = new List<ApiRetry>();
        var http = new FakeHttpHandler()
            .Login()
            .Throw(new HttpRequestException("Connection reset by peer"));
        using var client = new SalesforceClient(SalesforceFixture.Options(retries), http);

        var error = await Assert.ThrowsAsync<SalesforceApiException>(
            () => client.CreateBulkDeleteJobAsync("Account", BulkDeleteOperation.Delete));

        // The server may have created the job before the connection dropped: a retry could leave two.
        Assert.True(error.IsTransient);
        Assert.Equal(SalesforceErrorCodes.ConnectionFailed, error.ErrorCode);
        Assert.Empty(retries);
        Assert.Single(http.ApiRequests());
    }

    [Fact]
    public async Task ARefusedJobCreationIsRetried()
    {
        var retries = new List<ApiRetry>();
        var http = new FakeHttpHandler()
            .Login()
            .Respond(HttpStatusCode.Forbidden, Recorded.Salesforce("error-request-limit.json"))
            .OkFile("bulk-job-open.json");
        using var client = new SalesforceClient(SalesforceFixture.Options(retries), http);

        var job = await client.CreateBulkDeleteJobAsync("ia_crm__Sales_Invoice__c", BulkDeleteOperation.Delete);

        Assert.Equal("750XX000000OtTWYA0", job.Id);
        Assert.Single(retries);
    }

    [Fact]
    public async Task ANonTransientFailureIsNotRetried()
    {
        var retries = new List<ApiRetry>();
        var http = new FakeHttpHandler()
            .Login()
            .Respond(HttpStatusCode.BadRequest, Recorded.Salesforce("error-malformed-query.json"));
        using var reader = new SalesforceReader(SalesforceFixture.Options(retries), http);

        var error = await Assert.ThrowsAsync<SalesforceApiException>(
            () => reader.CountAsync("SELECT Id FORM Account"));

        Assert.Equal("MALFORMED_QUERY", error.ErrorCode);
        Assert.False(error.IsTransient);
        Assert.Contains("unexpected token: FORM", error.Message);
        Assert.Empty(retries);
        Assert.Single(http.ApiRequests());
    }

    [Fact]
    public async Task RetriesStopAfterTheConfiguredNumber()
    {
        var retries = new List<ApiRetry>();
        var http = new FakeHttpHandler().Login();
        for (var i = 0; i < 3; i++)
        {
            http.Respond(HttpStatusCode.ServiceUnavailable, "");
        }

        var options = SalesforceFixture.Options(retries, retry: new RetryOptions
        {
            MaxRetryAttempts = 2,
            BaseDelay = TimeSpan.Zero,
            UseJitter = false,
        });
        using var reader = new SalesforceReader(options, http);

        var error = await Assert.ThrowsAsync<SalesforceApiException>(
            () => reader.CountAsync("SELECT COUNT() FROM Account"));

        Assert.True(error.IsTransient);
        Assert.Equal([1, 2], retries.Select(r => r.Attempt));
        Assert.Equal(3, http.ApiRequests().Count);
    }

    [Fact]
    public async Task RetryAfterIsHonouredOnTheFakeClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 6, 15, 12, 0, 0, TimeSpan.Zero));
        var retried = new TaskCompletionSource<ApiRetry>(TaskCreationOptions.RunContinuationsAsynchronously);
        var http = new FakeHttpHandler(clock)
            .Login()
            .Respond(
                HttpStatusCode.TooManyRequests,
                Recorded.Salesforce("error-request-limit.json"),
                configure: r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(
                    TimeSpan.FromSeconds(7)))
            .OkFile("query-count.json");
        var options = SalesforceFixture.Options(time: clock, retry: new RetryOptions { MaxRetryAttempts = 3 }) with
        {
            OnRetry = r => retried.TrySetResult(r),
        };
        using var reader = new SalesforceReader(options, http);

        var count = reader.CountAsync("SELECT COUNT() FROM Account");
        var retry = await retried.Task;

        Assert.Equal(TimeSpan.FromSeconds(7), retry.Delay);
        Assert.True(retry.DelayFromRetryAfter);
        Assert.False(count.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Single(http.ApiRequests());
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(4213, await count);
        var queries = http.ApiRequests();
        Assert.Equal(TimeSpan.FromSeconds(7), queries[1].At - queries[0].At);
    }
}
