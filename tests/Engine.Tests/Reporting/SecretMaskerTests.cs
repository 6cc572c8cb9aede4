using Runbook.Engine.Reporting;

namespace Runbook.Engine.Tests.Reporting;

public sealed class SecretMaskerTests
{
    private readonly SecretMasker _masker = new(["hunter22", "hunter2-and-more"]);

    [Theory]
    [InlineData("login hunter2-and-more failed", "login *** failed")]
    [InlineData("login hunter22 failed", "login *** failed")]
    [InlineData("Authorization: Bearer abcdefghijklmnop", "Authorization: Bearer ***")]
    [InlineData("session 00D5g000004SANDB!AQ4AQLnW2zFakeSessionTokenValue123456 expired", "session *** expired")]
    [InlineData("jwt eyJhbGciOi.eyJzdWIiOiIx.c2lnbmF0dXJl here", "jwt *** here")]
    [InlineData("https://host/x?user=a&password=p4ss&x=1", "https://host/x?user=a&password=***&x=1")]
    [InlineData("{\"sessionId\": \"abc123\"}", "{\"sessionId\": \"***\"}")]
    [InlineData("client_secret=xyz; token: t0k3n", "client_secret=***; token: ***")]
    [InlineData("Deleted 1,204 records in 3 batches.", "Deleted 1,204 records in 3 batches.")]
    [InlineData("password = ***", "password = ***")]
    [InlineData("require param.password == \"\"", "require param.password == \"\"")]
    public void Known_secrets_and_credential_shaped_text_are_masked(string text, string expected)
    {
        Assert.Equal(expected, _masker.Mask(text));
    }

    [Theory]
    [InlineData("password", true)]
    [InlineData("intacct_sender_password", true)]
    [InlineData("db_pass", true)]
    [InlineData("access_token", true)]
    [InlineData("session_id", true)]
    [InlineData("client_secret", true)]
    [InlineData("api_key", true)]
    [InlineData("passes", false)]
    [InlineData("compass", false)]
    [InlineData("deleted", false)]
    [InlineData("sandbox_process", false)]
    public void Names_that_say_secret_are_recognised(string name, bool secret)
    {
        Assert.Equal(secret, SecretMasker.IsSecretName(name));
    }
}
