using System.Xml.Linq;
using Runbook.Steps.Http;
using Runbook.Steps.Intacct;

namespace Runbook.Steps.Tests.Support;

/// <summary>Options, secrets and scripted responses shared by the Intacct tests.</summary>
internal static class IntacctFixture
{
    public const string SessionId = "nQ8sA2Lp0fXk3VtM9bY4Hq7Rw1Zc6Ue5Jd..";
    public const string SessionEndpoint = "https://api-na2.intacct.com/ia/xml/xmlgw.phtml";

    public static Secret SenderPassword { get; } = new("Sender-Pa55-9f8e7d6c");

    public static Secret UserPassword { get; } = new("User-Pa55-4c3b2a1z");

    public static IReadOnlyList<string> AllSecrets => [SenderPassword.Reveal(), UserPassword.Reveal(), SessionId];

    /// <summary>Options whose control ids count up from c-0001, so that requests can be compared exactly.</summary>
    public static IntacctOptions Options(List<ApiRetry>? retries = null, Uri? endpoint = null)
    {
        var next = 0;
        return new IntacctOptions
        {
            Endpoint = endpoint ?? IntacctOptions.DefaultEndpoint,
            Credentials = new IntacctCredentials
            {
                SenderId = "runbook",
                SenderPassword = SenderPassword,
                CompanyId = "acme-sandbox",
                UserId = "admin",
                UserPassword = UserPassword,
            },
            Retry = new RetryOptions { MaxRetryAttempts = 3, BaseDelay = TimeSpan.Zero, UseJitter = false },
            OnRetry = retries is null ? null : r =>
            {
                lock (retries)
                {
                    retries.Add(r);
                }
            },
            NewControlId = () => $"c-{Interlocked.Increment(ref next):D4}",
        };
    }

    public static FakeHttpHandler OkXml(this FakeHttpHandler handler, string file) =>
        handler.Ok(Recorded.Intacct(file), "application/xml");

    public static FakeHttpHandler Session(this FakeHttpHandler handler) => handler.OkXml("getapisession.xml");

    public static XElement Xml(this RecordedRequest request) => XDocument.Parse(request.Body).Root!;

    /// <summary>The name of the single function a request carries.</summary>
    public static string FunctionName(this RecordedRequest request) =>
        request.Xml().Element("operation")!.Element("content")!.Element("function")!.Elements().Single().Name.LocalName;
}
