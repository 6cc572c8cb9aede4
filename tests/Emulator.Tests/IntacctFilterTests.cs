using Runbook.Emulator.Intacct;

namespace Runbook.Emulator.Tests;

public sealed class IntacctFilterTests
{
    private static readonly IntacctObject Customer = IntacctObject.Find("CUSTOMER")!;

    private static readonly Dictionary<string, string?> Record = new()
    {
        ["RECORDNO"] = "12",
        ["CUSTOMERID"] = "C-0012",
        ["NAME"] = "Acme Customer 0012",
        ["STATUS"] = "active",
        ["CURRENCY"] = null,
    };

    [Theory]
    [InlineData("CUSTOMERID = 'C-0012'", true)]
    [InlineData("CUSTOMERID = 'c-0012'", false)]
    [InlineData("RECORDNO > 9", true)]
    [InlineData("RECORDNO >= 13", false)]
    [InlineData("NAME like 'Acme%'", true)]
    [InlineData("NAME not like 'Acme%'", false)]
    [InlineData("CUSTOMERID in ('C-0001', 'C-0012')", true)]
    [InlineData("CUSTOMERID not in ('C-0001', 'C-0012')", false)]
    [InlineData("CURRENCY is null", true)]
    [InlineData("CURRENCY is not null", false)]
    [InlineData("STATUS = 'inactive' OR RECORDNO = 12 AND NAME = 'x'", false)]
    [InlineData("(STATUS = 'inactive' OR RECORDNO = 12) AND NOT NAME = 'x'", true)]
    [InlineData("NAME = 'Acme\\'s'", false)]
    public void Evaluates_the_query_language(string query, bool matches)
    {
        var filter = IntacctFilter.Parse(query, Customer)!;

        Assert.Equal(matches, filter.Matches(field => Record[field]));
    }

    [Theory]
    [InlineData("NOPE = 'x'")]
    [InlineData("NAME = ")]
    [InlineData("NAME = 'x' AND")]
    public void Refuses_unknown_fields_and_broken_queries(string query)
    {
        Assert.Throws<IntacctQueryException>(() => IntacctFilter.Parse(query, Customer));
    }
}
