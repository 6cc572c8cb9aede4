using CsCheck;
using Runbook.Steps.Http;

namespace Runbook.Steps.Tests.Http;

public sealed class HttpsUrlTests
{
    private static readonly string[] Pieces =
    [
        "https://", "HTTPS://", "http://", "a", "Z", "0", "9", "-", ".", ":", "/", "?", "#", "%", "%2F", "%zz",
        "@", " ", "[", "]", "~", "_", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", "\\", "é", "\t",
        "443", "65535", "99999", "255", "256", "007", "login", "salesforce", "com", "xn--", ".."
    ];

    [Theory]
    [InlineData("https://login.salesforce.com")]
    [InlineData("https://test.salesforce.com/")]
    [InlineData("https://acme--uat.sandbox.my.salesforce.com")]
    [InlineData("HTTPS://api.intacct.com/ia/xml/xmlgw.phtml")]
    [InlineData("https://gateway.example:8443/a/b%20c/")]
    [InlineData("https://127.0.0.1:8443")]
    public void Accepts_https_urls_without_query_or_fragment(string url) => Assert.Null(HttpsUrl.Problem(url));

    [Theory]
    [InlineData("api.intacct.com/ia/xml/xmlgw.phtml", "it is not an absolute URL")]
    [InlineData("://host", "it is not an absolute URL")]
    [InlineData("http://test.salesforce.com", "it uses http, not https")]
    [InlineData("FTP://files.example", "it uses ftp, not https")]
    [InlineData("https://login.salesforce.com/?x=1", "it must not have a query or fragment")]
    [InlineData("https://login.salesforce.com#top", "it must not have a query or fragment")]
    [InlineData("https://", "its host must be a name of letters, digits, dots and hyphens, or an IPv4 address")]
    [InlineData("https://bad host", "its host must be a name of letters, digits, dots and hyphens, or an IPv4 address")]
    [InlineData("https://-lead.example", "its host must be a name of letters, digits, dots and hyphens, or an IPv4 address")]
    [InlineData("https://user@host.example", "its host must be a name of letters, digits, dots and hyphens, or an IPv4 address")]
    [InlineData("https://10.1", "its host must be a name of letters, digits, dots and hyphens, or an IPv4 address")]
    [InlineData("https://host.example:0", "its port must be a number from 1 to 65535")]
    [InlineData("https://host.example:65536", "its port must be a number from 1 to 65535")]
    [InlineData("https://host.example:", "its port must be a number from 1 to 65535")]
    [InlineData("https://host.example/a b", "its path contains ' '; escape it as %XX")]
    [InlineData("https://host.example/100%", "its path has a '%' that is not followed by two hexadecimal digits")]
    public void Names_what_is_wrong(string url, string problem) => Assert.Equal(problem, HttpsUrl.Problem(url));

    // The check stands in for System.Uri when validating runbooks, so everything it accepts must construct as
    // an absolute https Uri with the same host and port and no query or fragment.
    [Fact]
    public void Everything_accepted_is_an_https_uri_with_the_same_host_and_no_query()
    {
        var piece = Gen.Int[0, Pieces.Length - 1].Select(index => Pieces[index]);
        var url = Gen.OneOf(
            piece.Array[1, 12].Select(parts => string.Concat(parts)),
            piece.Array[0, 10].Select(parts => "https://" + string.Concat(parts)),
            piece.Array[0, 6].Select(parts => "https://host.example" + string.Concat(parts)));

        url.Sample(text =>
        {
            if (HttpsUrl.Problem(text) is not null)
            {
                return;
            }

            Assert.True(Uri.TryCreate(text, UriKind.Absolute, out var uri), text);
            Assert.Equal(Uri.UriSchemeHttps, uri.Scheme);
            Assert.Equal(string.Empty, uri.Query);
            Assert.Equal(string.Empty, uri.Fragment);
            var authority = text["https://".Length..].Split('/')[0];
            Assert.Equal(authority.Split(':')[0], uri.Host, ignoreCase: true);
        }, iter: 20_000);
    }
}
