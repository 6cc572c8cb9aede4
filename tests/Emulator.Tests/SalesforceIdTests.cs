using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Tests;

public sealed class SalesforceIdTests
{
    [Theory]
    [InlineData("001A0000006Vm9r", "IAC")]
    [InlineData("003a000000abcde", "AAA")]
    [InlineData("a0BXYZ000000001", "2BA")]
    public void Checksum_follows_the_case_safe_algorithm(string body, string checksum)
    {
        Assert.Equal(checksum, SalesforceId.Checksum(body));
    }

    [Fact]
    public void Formatted_ids_parse_back_to_their_parts_in_15_and_18_characters()
    {
        var id = SalesforceId.Format("a0B", "4U", 1_000_123);

        Assert.Equal(18, id.Length);
        Assert.True(SalesforceId.TryParse(id, out var parsed));
        Assert.Equal(new ParsedId("a0B", "4U", 1_000_123), parsed);
        Assert.True(SalesforceId.TryParse(id[..15], out var short15));
        Assert.Equal(parsed, short15);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-id")]
    [InlineData("a0B4U0000004Ba3XXX")]
    [InlineData("a0B4U1000004Ba3")]
    [InlineData("a0B4U0000004Ba-")]
    [InlineData("a0B4U0000004Bä3")]
    [InlineData("a0B4U0000004Ba3AA")]
    public void Malformed_ids_do_not_parse(string text)
    {
        Assert.False(SalesforceId.TryParse(text, out _));
    }

    [Fact]
    public void The_checksum_of_an_18_character_id_is_read_in_any_case()
    {
        var id = SalesforceId.Format("a0B", "4U", 42);

        Assert.True(SalesforceId.TryParse(id[..15] + id[15..].ToLowerInvariant(), out var parsed));
        Assert.Equal(42, parsed.Sequence);
    }
}
