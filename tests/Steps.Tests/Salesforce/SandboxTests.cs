using System.Text.Json;
using Runbook.Steps.Salesforce;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Salesforce;

public sealed class SandboxTests
{
    [Fact]
    public async Task SandboxInfoIsReadByNameThroughTheToolingApi()
    {
        var http = new FakeHttpHandler().Login().OkFile("tooling-sandboxinfo.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        var sandbox = await reader.GetSandboxInfoAsync("uat");

        Assert.Equal(new SandboxInfo("0GQXX0000004CFmGAM", "uat", "DEVELOPER_PRO", true), sandbox);
        var query = http.ApiRequests().Single();
        Assert.Equal($"{SalesforceFixture.Data}/tooling/query", query.Path);
        Assert.Equal(
            "SELECT Id, SandboxName, LicenseType, AutoActivate FROM SandboxInfo WHERE SandboxName = 'uat'",
            query.QueryValue("q"));
    }

    [Theory]
    [InlineData("uat' OR SandboxName != '")]
    [InlineData("")]
    [InlineData("elevenchars")]
    public async Task ASandboxNameThatIsNotOneIsRefused(string name)
    {
        var http = new FakeHttpHandler();
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        await Assert.ThrowsAsync<ArgumentException>(() => reader.GetSandboxInfoAsync(name));
        Assert.Empty(http.Requests);
    }

    [Fact]
    public async Task TheNewestOfSeveralProcessesWinsWithAWarning()
    {
        var log = new CapturingLogger<SalesforceReader>();
        var http = new FakeHttpHandler().Login().OkFile("tooling-sandboxprocess-several.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http, log);

        var lookup = await reader.FindSandboxProcessesAsync("uat");

        Assert.Equal("0GRXX000000A1bCGAS", lookup.Latest?.Id);
        Assert.Equal("Processing", lookup.Latest?.Status);
        Assert.Equal(
            ["0GRXX000000A1bCGAS", "0GRXX0000009PqRGAU", "0GRXX0000008OhAAI"],
            lookup.All.Select(p => p.Id));
        Assert.NotNull(lookup.Warning);
        Assert.Contains("3 sandbox processes", lookup.Warning);
        Assert.Contains("0GRXX000000A1bCGAS", lookup.Warning);

        var warning = Assert.Single(log.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.Contains("Found 3 sandbox processes for uat", warning.Message);
        Assert.Contains("ORDER BY CreatedDate DESC", http.ApiRequests().Single().QueryValue("q"));
    }

    [Fact]
    public async Task OneProcessGivesNoWarning()
    {
        var http = new FakeHttpHandler().Login().OkFile("tooling-sandboxprocess-processing.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        var lookup = await reader.FindSandboxProcessesAsync("uat");

        Assert.Null(lookup.Warning);
        Assert.Equal(40, lookup.Latest?.CopyProgress);
    }

    [Fact]
    public async Task RefreshPatchesTheSandboxInfoThenFindsTheNewProcess()
    {
        var http = new FakeHttpHandler()
            .Login()
            .NoContent()
            .OkFile("tooling-sandboxprocess-processing.json");
        using var client = new SalesforceClient(SalesforceFixture.Options(), http);
        var sandbox = new SandboxInfo("0GQXX0000004CFmGAM", "uat", "DEVELOPER_PRO", AutoActivate: false);

        var lookup = await client.RefreshSandboxAsync(sandbox, autoActivate: true);

        var patch = http.ApiRequests()[0];
        Assert.Equal(HttpMethod.Patch, patch.Method);
        Assert.Equal($"{SalesforceFixture.Data}/tooling/sobjects/SandboxInfo/0GQXX0000004CFmGAM", patch.Path);
        var body = JsonDocument.Parse(patch.Body).RootElement;
        Assert.Equal("DEVELOPER_PRO", body.GetProperty("LicenseType").GetString());
        Assert.True(body.GetProperty("AutoActivate").GetBoolean());
        Assert.False(body.TryGetProperty("ActivationUserGroupId", out _));
        Assert.Equal("0GRXX000000A1bCGAS", lookup.Latest?.Id);
    }

    [Fact]
    public async Task FollowingAProcessReportsEachPollUntilItCompletes()
    {
        var http = new FakeHttpHandler()
            .Login()
            .OkFile("tooling-sandboxprocess-processing.json")
            .OkFile("tooling-sandboxprocess-activating.json")
            .OkFile("tooling-sandboxprocess-completed.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);
        var seen = new List<(string Status, int Progress)>();

        var final = await reader.WaitForSandboxProcessAsync(
            "0GRXX000000A1bCGAS",
            TimeSpan.Zero,
            new SynchronousProgress<SandboxProcessInfo>(p => seen.Add((p.Status, p.CopyProgress))));

        Assert.True(final.IsCompleted);
        Assert.Equal("00DXX0000001gPF", final.SandboxOrganization);
        Assert.Equal([("Processing", 40), ("Activating", 95), ("Completed", 100)], seen);
        Assert.All(
            http.ApiRequests(),
            r => Assert.EndsWith("WHERE Id = '0GRXX000000A1bCGAS'", r.QueryValue("q")));
    }

    [Theory]
    [InlineData("Completed", true, false)]
    [InlineData("Pending Activation", true, false)]
    [InlineData("Stopped", true, true)]
    [InlineData("Processing", false, false)]
    [InlineData("Sampling", false, false)]
    public void ProcessStatusesAreClassified(string status, bool terminal, bool failed)
    {
        var process = new SandboxProcessInfo(
            "0GRXX000000A1bCGAS", "0GQXX0000004CFmGAM", "uat", status, 0, DateTimeOffset.UnixEpoch, null, null, null);

        Assert.Equal(terminal, process.IsTerminal);
        Assert.Equal(failed, process.IsFailed);
    }
}
