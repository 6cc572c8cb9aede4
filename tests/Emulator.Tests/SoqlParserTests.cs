using Runbook.Emulator.Salesforce.Soql;

namespace Runbook.Emulator.Tests;

public sealed class SoqlParserTests
{
    [Fact]
    public void Errors_repeat_the_statement_and_point_at_the_offending_token()
    {
        var error = Assert.Throws<SoqlException>(() => SoqlParser.Parse("SELECT Id FRM Account"));

        Assert.Equal("MALFORMED_QUERY", error.ErrorCode);
        Assert.Equal(
            "\nSELECT Id FRM Account\n          ^\nERROR at Row:1:Column:11\nunexpected token: 'FRM'",
            error.Message);
    }

    [Fact]
    public void Parses_fields_conditions_order_and_limit()
    {
        var query = SoqlParser.Parse(
            "select Id, Name from Account where (Name = 'a' or Name in ('b','c')) and IsDeleted = false "
            + "order by Name desc nulls last limit 10 offset 5");

        Assert.False(query.IsCount);
        Assert.Equal(["Id", "Name"], query.Fields.Select(f => f.Text));
        Assert.Equal("Account", query.Object.Text);
        var where = Assert.IsType<SoqlLogical>(query.Where);
        Assert.True(where.IsAnd);
        Assert.False(Assert.IsType<SoqlLogical>(where.Operands[0]).IsAnd);
        Assert.Equal(new SoqlOrderItem(query.OrderBy[0].Field, true, false), query.OrderBy[0]);
        Assert.Equal(10, query.Limit);
        Assert.Equal(5, query.Offset);
    }

    [Theory]
    [InlineData("SELECT Id, Id FROM Account", "duplicate field selected: Id")]
    [InlineData("SELECT Id FROM Account WHERE Name = 'a' OR Name = 'b' AND Name = 'c'", "unexpected token: 'AND'")]
    [InlineData("SELECT Id FROM Account WHERE Name = 'open", "unterminated string literal")]
    [InlineData("SELECT Id FROM Account LIMIT", "unexpected token: '<EOF>'")]
    public void Refuses_what_Salesforce_refuses(string soql, string problem)
    {
        var error = Assert.Throws<SoqlException>(() => SoqlParser.Parse(soql));

        Assert.EndsWith(problem, error.Message);
    }
}
