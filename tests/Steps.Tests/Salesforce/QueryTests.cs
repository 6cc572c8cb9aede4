using Runbook.Steps.Salesforce;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Salesforce;

public sealed class QueryTests
{
    [Fact]
    public async Task QueryFollowsNextRecordsUrlUntilDone()
    {
        var http = new FakeHttpHandler()
            .Login()
            .OkFile("query-accounts-page1.json")
            .OkFile("query-accounts-page2.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        var ids = await reader.QueryIdsAsync("SELECT Id, Name FROM Account").ToListAsync();

        Assert.Equal(["001XX000003DGb2AAG", "001XX000003DGb3AAG", "001XX000003DGb4AAG"], ids);
        var pages = http.ApiRequests();
        Assert.Equal(2, pages.Count);
        Assert.Equal($"{SalesforceFixture.Data}/query", pages[0].Path);
        Assert.Equal("SELECT Id, Name FROM Account", pages[0].QueryValue("q"));
        Assert.Equal($"{SalesforceFixture.Data}/query/01gXX0000002HU6KIAW-2", pages[1].Path);
        Assert.Equal("", pages[1].Query);
    }

    [Fact]
    public async Task QueryReadsTheNextPageOnlyWhenTheCallerGetsThere()
    {
        var http = new FakeHttpHandler()
            .Login()
            .OkFile("query-accounts-page1.json")
            .OkFile("query-accounts-page2.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        await using var records = reader.QueryAsync("SELECT Id FROM Account").GetAsyncEnumerator();
        Assert.True(await records.MoveNextAsync());
        Assert.True(await records.MoveNextAsync());

        Assert.Single(http.ApiRequests());

        Assert.True(await records.MoveNextAsync());
        Assert.Equal("Northwind Traders", records.Current.GetProperty("Name").GetString());
        Assert.Equal(2, http.ApiRequests().Count);
        Assert.False(await records.MoveNextAsync());
    }

    [Fact]
    public async Task CountReturnsTheTotalSize()
    {
        var http = new FakeHttpHandler().Login().OkFile("query-count.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        var count = await reader.CountAsync("SELECT COUNT() FROM ia_crm__Sales_Invoice__c");

        Assert.Equal(4213, count);
        Assert.Equal("SELECT COUNT() FROM ia_crm__Sales_Invoice__c", http.ApiRequests().Single().QueryValue("q"));
    }

    [Theory]
    [InlineData("organization-production.json", OrgKind.Production, false)]
    [InlineData("organization-sandbox.json", OrgKind.Sandbox, true)]
    [InlineData("organization-scratch.json", OrgKind.Scratch, true)]
    public async Task OrganizationTellsWhatKindOfOrgItIs(string file, OrgKind kind, bool isSandbox)
    {
        var http = new FakeHttpHandler().Login().OkFile(file);
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        var org = await reader.GetOrganizationAsync();

        Assert.Equal(kind, org.Kind);
        Assert.Equal(isSandbox, org.IsSandbox);
        Assert.Equal(OrgIdentity.Soql, http.ApiRequests().Single().QueryValue("q"));
    }

    [Fact]
    public async Task ScratchOrgTrialDateIsReadDespiteTheOffsetWithoutAColon()
    {
        var http = new FakeHttpHandler().Login().OkFile("organization-scratch.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        var org = await reader.GetOrganizationAsync();

        Assert.Equal(new DateTimeOffset(2025, 7, 14, 0, 0, 0, TimeSpan.Zero), org.TrialExpirationDate);
    }

    [Theory]
    [InlineData(true, false, OrgKind.Sandbox)]
    [InlineData(true, true, OrgKind.Scratch)]
    [InlineData(false, false, OrgKind.Production)]
    [InlineData(false, true, OrgKind.Trial)]
    public void OrgKindFollowsIsSandboxAndTrialExpiration(bool isSandbox, bool hasTrialDate, OrgKind expected)
    {
        DateTimeOffset? trial = hasTrialDate ? new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) : null;

        Assert.Equal(expected, OrgIdentity.Classify(isSandbox, trial));
    }

    [Fact]
    public async Task LinkedIntacctCompaniesAreDistinctInTheOrderFound()
    {
        var http = new FakeHttpHandler().Login().OkFile("intacct-entities.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        var companies = await reader.GetLinkedIntacctCompaniesAsync();

        Assert.Equal(["acme-sandbox", "acme-emea"], companies);
        Assert.Equal(SalesforceApi.LinkedCompaniesSoql, http.ApiRequests().Single().QueryValue("q"));
    }

    [Fact]
    public async Task HardDeletePermissionIsReadFromUserPermissionAccess()
    {
        var http = new FakeHttpHandler().Login().OkFile("user-permission-access.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        Assert.False(await reader.HasBulkApiHardDeleteAsync());
        Assert.Equal(SalesforceApi.HardDeletePermissionSoql, http.ApiRequests().Single().QueryValue("q"));
    }

    [Fact]
    public async Task LimitsGiveTheDailyApiRequests()
    {
        var http = new FakeHttpHandler().Login().OkFile("limits.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options(), http);

        var limits = await reader.GetLimitsAsync();

        Assert.Equal(new ApiLimit(15000, 14213), limits.DailyApiRequests);
        Assert.Equal(787, limits.DailyApiRequests!.Value.Used);
        Assert.Equal(4, limits.All.Count);
        Assert.Equal($"{SalesforceFixture.Data}/limits/", http.ApiRequests().Single().Path);
    }

    [Fact]
    public async Task ApiVersionIsConfigurable()
    {
        var http = new FakeHttpHandler().Login().OkFile("query-count.json");
        using var reader = new SalesforceReader(SalesforceFixture.Options() with { ApiVersion = "60.0" }, http);

        await reader.CountAsync("SELECT COUNT() FROM Account");

        Assert.Equal("/services/data/v60.0/query", http.Requests[^1].Path);
    }

    [Fact]
    public void ApiVersionMustLookLikeOne()
    {
        Assert.Throws<ArgumentException>(() => SalesforceFixture.Options() with { ApiVersion = "v62" });
    }
}
