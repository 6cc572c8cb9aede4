using Runbook.Steps.Intacct;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Intacct;

public sealed class ErrorTests
{
    [Fact]
    public async Task WrongSenderCredentialsFailAtTheControlLevel()
    {
        var retries = new List<Runbook.Steps.Http.ApiRetry>();
        var http = new FakeHttpHandler().OkXml("error-sender-not-authorized.xml");
        using var reader = new IntacctReader(IntacctFixture.Options(retries), http);

        var error = await Assert.ThrowsAsync<IntacctApiException>(() => reader.OpenSessionAsync());

        Assert.Equal(IntacctErrorScope.Control, error.Scope);
        Assert.Equal("XL03000006", error.ErrorNumber);
        var detail = Assert.Single(error.Errors);
        Assert.StartsWith("Incorrect Intacct XML Partner ID or password.", detail.Description2);
        Assert.Contains("Incorrect Intacct XML Partner ID or password.", error.Message);
        Assert.False(error.IsTransient);
        Assert.Empty(retries);
    }

    [Fact]
    public async Task WrongUserCredentialsFailAtTheAuthenticationLevel()
    {
        var http = new FakeHttpHandler().OkXml("error-login-failed.xml");
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        var error = await Assert.ThrowsAsync<IntacctApiException>(() => reader.OpenSessionAsync());

        Assert.Equal(IntacctErrorScope.Authentication, error.Scope);
        Assert.Equal("Sign-in information is incorrect. Please check your request.", error.Errors[0].Description2);
        Assert.Single(http.Requests);
    }

    [Fact]
    public async Task AFailedFunctionNamesTheFunctionAndItsCorrection()
    {
        var http = new FakeHttpHandler().Session().OkXml("error-function-failed.xml");
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        var error = await Assert.ThrowsAsync<IntacctApiException>(
            () => reader.ReadByQueryAsync("CUSTOMERS").ToListAsync().AsTask());

        Assert.Equal(IntacctErrorScope.Function, error.Scope);
        Assert.Equal("readByQuery", error.Function);
        Assert.Equal("c-0004", error.ControlId);
        Assert.Equal("Query Failed", error.ErrorNumber);
        Assert.Equal(
            new IntacctError(
                "Query Failed",
                "",
                "Object definition CUSTOMERS not found",
                "Check the object name and try again."),
            error.Errors.Single());
        Assert.Contains("Check the object name and try again.", error.Message);
    }

    [Fact]
    public async Task AnHtmlOutagePageIsATransientTransportFailure()
    {
        var retries = new List<Runbook.Steps.Http.ApiRetry>();
        var http = new FakeHttpHandler()
            .Respond(System.Net.HttpStatusCode.ServiceUnavailable, "<html>down</html>", "text/html")
            .Session();
        using var reader = new IntacctReader(IntacctFixture.Options(retries), http);

        await reader.OpenSessionAsync();

        Assert.Equal("HTTP_503 (HTTP 503)", Assert.Single(retries).Reason);
    }
}
