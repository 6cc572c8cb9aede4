using System.Xml;
using System.Xml.Linq;

namespace Runbook.Steps.Intacct;

/// <summary>
/// The HTTP pipeline of <see cref="IntacctReader"/>. Every gateway call is a POST, so the method says nothing;
/// this handler reads the request's functions and refuses any that is not a read. It backs up the check in
/// <see cref="IntacctRequestBuilder"/> for anyone who reaches the reader's HttpClient directly.
/// </summary>
internal sealed class IntacctReadOnlyHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var body = request.Content is null
            ? ""
            : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        Check(request, body);

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Content?.ReadAsStream(cancellationToken) ?? Stream.Null);
        Check(request, reader.ReadToEnd());
        return base.Send(request, cancellationToken);
    }

    private static void Check(HttpRequestMessage request, string body)
    {
        var refused = Functions(body).Where(name => !IntacctFunctions.ReadOnly.Contains(name)).ToArray();
        if (request.Method != HttpMethod.Post || refused.Length > 0 || body.Length == 0)
        {
            var what = refused.Length > 0
                ? $"the function(s) {string.Join(", ", refused)}"
                : "a request without read functions";
            throw new InvalidOperationException(
                $"The read-only Intacct reader refused {request.Method} {request.RequestUri?.AbsolutePath} "
                + $"with {what}: it sends only getAPISession, readByQuery, readMore, read and readByName.");
        }
    }

    private static IEnumerable<string> Functions(string body)
    {
        if (body.Length == 0)
        {
            return [];
        }

        try
        {
            var content = XDocument.Parse(body).Root?.Element("operation")?.Element("content");
            var names = content?.Elements("function")
                .SelectMany(f => f.Elements())
                .Select(e => e.Name.LocalName)
                .ToArray();
            return names is { Length: > 0 } ? names : ["(none)"];
        }
        catch (XmlException)
        {
            return ["(unreadable XML)"];
        }
    }
}
