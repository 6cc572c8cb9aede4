using System.Net;
using Runbook.Engine.Plugins;
using Runbook.Steps.Intacct;
using Runbook.Steps.Salesforce;

namespace Runbook.Steps.Tests.Plugins;

/// <summary>
/// A failure the clients stopped retrying reaches the engine as an <see cref="ITransientFailure"/>, so that a
/// step's own <c>retries</c> can try it again; a permanent one does not.
/// </summary>
public sealed class TransientFailureTests
{
    [Fact]
    public void Salesforce_failures_tell_the_engine_whether_they_are_transient()
    {
        var limited = new SalesforceApiException(
            "GET /services/data/v62.0/query",
            HttpStatusCode.Forbidden,
            [new SalesforceError("REQUEST_LIMIT_EXCEEDED", "Too many requests.", [])],
            TimeSpan.FromSeconds(3));
        var malformed = new SalesforceApiException(
            "GET /services/data/v62.0/query",
            HttpStatusCode.BadRequest,
            [new SalesforceError("MALFORMED_QUERY", "unexpected token", [])],
            null);

        var transient = Assert.IsAssignableFrom<ITransientFailure>(limited);
        Assert.True(transient.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(3), transient.RetryAfter);
        Assert.False(Assert.IsAssignableFrom<ITransientFailure>(malformed).IsTransient);
    }

    [Fact]
    public void Intacct_failures_tell_the_engine_whether_they_are_transient()
    {
        var unavailable = new IntacctApiException(
            IntacctErrorScope.Transport, "readByQuery", [], HttpStatusCode.ServiceUnavailable);

        Assert.True(Assert.IsAssignableFrom<ITransientFailure>(unavailable).IsTransient);
    }
}
