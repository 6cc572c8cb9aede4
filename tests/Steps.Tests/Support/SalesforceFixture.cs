using Runbook.Steps.Http;
using Runbook.Steps.Salesforce;

namespace Runbook.Steps.Tests.Support;

/// <summary>Options, secrets and scripted logins shared by the Salesforce tests.</summary>
internal static class SalesforceFixture
{
    public const string Username = "admin@example.com.uat";
    public const string ClientId = "3MVG9A2kN3Bn17hsWsLDatk4sNk2nBzO0YvYpAQWQ0gB";
    public const string FirstToken = "00DXX0000001gPFMAY!AQ4AQFirstAccessTokenQ2Vh3eN7pFqZxW1mKd9sT";
    public const string SecondToken = "00DXX0000001gPFMAY!AQ4AQSecondAccessTokenk9LmC2bY8wRsJ4tFh6vN";
    public const string Instance = "https://acme--uat.sandbox.my.salesforce.com";
    public const string Data = "/services/data/v62.0";

    public static Secret Password { get; } = new("emulator-Pa55word-SecurityTok3nXYZ");

    public static Secret ClientSecret { get; } = new("8C1D0C2F9A7B4E6D8F1A2B3C4D5E6F70");

    public static IReadOnlyList<string> AllSecrets =>
        [Password.Reveal(), ClientSecret.Reveal(), FirstToken, SecondToken];

    public static SalesforceOptions Options(
        List<ApiRetry>? retries = null,
        TimeProvider? time = null,
        RetryOptions? retry = null,
        Uri? loginUrl = null) =>
        new()
        {
            Login = new SalesforceLogin
            {
                LoginUrl = loginUrl ?? SalesforceLogin.SandboxLoginUrl,
                ClientId = ClientId,
                ClientSecret = ClientSecret,
                Username = Username,
                Password = Password,
            },
            Retry = retry ?? new RetryOptions { MaxRetryAttempts = 3, BaseDelay = TimeSpan.Zero, UseJitter = false },
            TimeProvider = time ?? TimeProvider.System,
            OnRetry = retries is null ? null : r =>
            {
                lock (retries)
                {
                    retries.Add(r);
                }
            },
        };

    public static FakeHttpHandler Login(this FakeHttpHandler handler) =>
        handler.Ok(Recorded.Salesforce("token-password.json"));

    public static FakeHttpHandler LoginAgain(this FakeHttpHandler handler) =>
        handler.Ok(Recorded.Salesforce("token-password-renewed.json"));

    public static FakeHttpHandler OkFile(this FakeHttpHandler handler, string file) =>
        handler.Ok(Recorded.Salesforce(file));

    public static IReadOnlyList<RecordedRequest> TokenRequests(this FakeHttpHandler handler) =>
        handler.Requests.Where(r => r.Path.EndsWith("/services/oauth2/token", StringComparison.Ordinal)).ToArray();

    public static IReadOnlyList<RecordedRequest> ApiRequests(this FakeHttpHandler handler) =>
        handler.Requests.Where(r => r.Path.StartsWith(Data, StringComparison.Ordinal)).ToArray();
}
