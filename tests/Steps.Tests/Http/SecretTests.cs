using System.Text.Json;
using Runbook.Steps.Http;
using Runbook.Steps.Salesforce;
using Xunit;

namespace Runbook.Steps.Tests.Http;

public sealed class SecretTests
{
    private const string Value = "hunter2-but-longer";

    [Fact]
    public void ASecretPrintsRedacted()
    {
        var secret = new Secret(Value);

        Assert.Equal("***", secret.ToString());
        Assert.Equal("password: ***", $"password: {secret}");
        Assert.Equal(Value, secret.Reveal());
    }

    [Fact]
    public void RecordsHoldingSecretsPrintThemRedacted()
    {
        var login = new SalesforceLogin
        {
            LoginUrl = SalesforceLogin.SandboxLoginUrl,
            ClientId = "client",
            Username = "admin@example.com.uat",
            Password = new Secret(Value),
        };
        var session = new SalesforceSession(
            new Secret(Value),
            new Uri("https://example.my.salesforce.com"),
            IdentityUrl: null,
            IssuedAt: null);

        Assert.DoesNotContain(Value, login.ToString());
        Assert.DoesNotContain(Value, session.ToString());
    }

    [Fact]
    public void SerialisingASecretWritesNoValue()
    {
        var json = JsonSerializer.Serialize(new { Password = new Secret(Value) });

        Assert.DoesNotContain(Value, json);
    }

    [Fact]
    public void EmptySecretsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new Secret(""));
    }

    [Fact]
    public void TheRedactorRemovesKnownSecretsFromServerText()
    {
        var text = SecretRedactor.Scrub($"bad password {Value} for user", [new Secret(Value), null]);

        Assert.Equal("bad password *** for user", text);
    }
}
