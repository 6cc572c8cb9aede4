using Runbook.Steps.Intacct;
using Runbook.Steps.Tests.Support;
using Xunit;

namespace Runbook.Steps.Tests.Intacct;

public sealed class ReadTests
{
    [Fact]
    public async Task ReadByQueryFollowsReadMoreUntilNothingRemains()
    {
        var http = new FakeHttpHandler()
            .Session()
            .OkXml("readbyquery-customers-page1.xml")
            .OkXml("readmore-customers-page2.xml");
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        var customers = await reader.ReadByQueryAsync("CUSTOMER", "", "RECORDNO,CUSTOMERID,NAME", 2).ToListAsync();

        Assert.Equal(["C-0012", "C-0013", "C-0014"], customers.Select(c => c.Element("CUSTOMERID")!.Value));
        Assert.All(customers, c => Assert.Equal("CUSTOMER", c.Name.LocalName));
        Assert.Equal(["getAPISession", "readByQuery", "readMore"], http.Requests.Select(r => r.FunctionName()));
        Assert.Equal(
            "7765623332WU1hh8CoA4QAAHxI9i8AAAAA5",
            http.Requests[2].Xml().Descendants("readMore").Single().Element("resultId")?.Value);
    }

    [Fact]
    public async Task TheNextPageIsReadOnlyWhenTheCallerGetsThere()
    {
        var http = new FakeHttpHandler()
            .Session()
            .OkXml("readbyquery-customers-page1.xml")
            .OkXml("readmore-customers-page2.xml");
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        await using var records = reader.ReadByQueryAsync("CUSTOMER", pageSize: 2).GetAsyncEnumerator();
        Assert.True(await records.MoveNextAsync());
        Assert.True(await records.MoveNextAsync());

        Assert.Equal(2, http.Requests.Count);
    }

    [Fact]
    public async Task CountReadsTheTotalCount()
    {
        var http = new FakeHttpHandler().Session().OkXml("readbyquery-customers-page1.xml");
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        var count = await reader.CountAsync("CUSTOMER", "STATUS = 'T'");

        Assert.Equal(3, count);
        var query = http.Requests[1].Xml().Descendants("readByQuery").Single();
        Assert.Equal("1", query.Element("pagesize")?.Value);
        Assert.Equal("RECORDNO", query.Element("fields")?.Value);
    }

    [Fact]
    public async Task ReadByNameSendsTheNamesAsKeys()
    {
        var http = new FakeHttpHandler().Session().OkXml("readmore-customers-page2.xml");
        using var reader = new IntacctReader(IntacctFixture.Options(), http);

        var records = await reader.ReadByNameAsync("CUSTOMER", ["C-0014"]);

        Assert.Equal("Northwind Traders", Assert.Single(records).Element("NAME")?.Value);
        var read = http.Requests[1].Xml().Descendants("readByName").Single();
        Assert.Equal("C-0014", read.Element("keys")?.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task PageSizeMustBeBetween1And1000(int pageSize)
    {
        using var reader = new IntacctReader(IntacctFixture.Options(), new FakeHttpHandler());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => reader.ReadByQueryAsync("CUSTOMER", pageSize: pageSize).ToListAsync().AsTask());
    }
}
