using Runbook.Steps.Intacct;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Intacct;

public sealed class SecretLeakTests
{
    [Fact]
    public async Task NoSecretAppearsInLogsOrExceptions()
    {
        var log = new CapturingLogger<IntacctReader>();
        var echo = Recorded.Intacct("error-function-failed.xml").Replace(
            "Object definition CUSTOMERS not found",
            $"Session {IntacctFixture.SessionId} with password {IntacctFixture.UserPassword.Reveal()} is not valid");
        var http = new FakeHttpHandler()
            .Session()
            .OkXml("error-session-invalid.xml")
            .Session()
            .Ok(echo, "application/xml")
            .OkXml("error-sender-not-authorized.xml");
        using var reader = new IntacctReader(IntacctFixture.Options(), http, log);

        var exceptions = new List<Exception>
        {
            await Assert.ThrowsAsync<IntacctApiException>(
                () => reader.ReadByQueryAsync("CUSTOMER").ToListAsync().AsTask()),
        };
        Assert.Contains("Session *** with password *** is not valid", exceptions[0].Message);

        using var second = new IntacctReader(IntacctFixture.Options(), http, log);
        exceptions.Add(await Assert.ThrowsAsync<IntacctApiException>(() => second.OpenSessionAsync()));

        Assert.Contains(log.Entries, e => e.EventId.Id == 1201);
        Assert.Contains(log.Entries, e => e.EventId.Id == 1202);
        var everything = string.Join(
            "\n",
            [log.AllText, .. exceptions.Select(e => e.ToString()), reader.Session!.ToString()]);
        foreach (var secret in IntacctFixture.AllSecrets)
        {
            Assert.DoesNotContain(secret, everything);
        }
    }
}
