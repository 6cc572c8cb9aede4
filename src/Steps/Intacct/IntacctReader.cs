using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Runbook.Steps.Intacct;

/// <summary>
/// An Intacct client that can only read. It sends only <c>getAPISession</c>, <c>readByQuery</c>,
/// <c>readMore</c>, <c>read</c> and <c>readByName</c>: the request builder refuses any other function, and its
/// HTTP pipeline checks the functions of every request again. Planning uses this type.
/// </summary>
public sealed class IntacctReader : IDisposable
{
    /// <summary>The largest page <c>readByQuery</c> accepts.</summary>
    public const int MaxPageSize = 1000;

    private readonly IntacctConnection _connection;

    /// <summary>Creates a reader over a transport handler the caller owns (and disposes).</summary>
    public IntacctReader(IntacctOptions options, HttpMessageHandler transport, ILogger<IntacctReader>? logger = null)
    {
        _connection = new IntacctConnection(
            new IntacctReadOnlyHandler(transport),
            options,
            IntacctFunctions.ReadOnly,
            logger ?? (ILogger)NullLogger.Instance);
    }

    /// <summary>The company and user the latest response's authentication block reported.</summary>
    public IntacctIdentity? ObservedIdentity => _connection.ObservedIdentity;

    /// <summary>The current API session; null before the first call.</summary>
    public IntacctSession? Session => _connection.Session;

    /// <summary>The HTTP client behind this reader; the tests use it to prove the read-only guard holds.</summary>
    internal HttpClient HttpClient => _connection.Http;

    internal IntacctConnection Connection => _connection;

    /// <summary>Opens a new API session now (getAPISession, in a request of its own).</summary>
    public Task<IntacctSession> OpenSessionAsync(CancellationToken cancellationToken = default) =>
        _connection.OpenSessionAsync(cancellationToken);

    /// <summary>
    /// The company the credentials actually reach, as Intacct reports it. Company type and linked Salesforce org
    /// are not part of Intacct's documented API; the engine takes those from the connection's declaration.
    /// </summary>
    public async Task<IntacctIdentity> GetIdentityAsync(CancellationToken cancellationToken = default)
    {
        var session = _connection.Session ?? await OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return _connection.ObservedIdentity ?? session.Identity;
    }

    /// <summary>
    /// Streams the records matching a query, page by page: <c>readByQuery</c>, then <c>readMore</c> with the
    /// result id until <c>numremaining</c> is 0. Each record is the object's element (such as
    /// <c>&lt;CUSTOMER&gt;</c>) with one child per field.
    /// </summary>
    /// <param name="objectName">The object, such as <c>CUSTOMER</c> or <c>SODOCUMENT</c>.</param>
    /// <param name="query">The filter, such as <c>STATUS = 'T'</c>; empty for all records.</param>
    /// <param name="fields">Comma-separated fields, or <c>*</c>.</param>
    /// <param name="pageSize">Records per page, 1 to 1000.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async IAsyncEnumerable<XElement> ReadByQueryAsync(
        string objectName,
        string query = "",
        string fields = "*",
        int pageSize = MaxPageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectName);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);

        var function = IntacctFunctions.ReadByQuery(objectName, fields, query, pageSize);
        while (true)
        {
            var result = await _connection.ExecuteAsync(function, cancellationToken).ConfigureAwait(false);
            var data = result.Data ?? throw new InvalidDataException($"Intacct answered {function.Name} without data.");
            var records = data.Elements().ToArray();
            var remaining = IntAttribute(data, "numremaining");
            _connection.Logger.PageRead(records.Length, objectName, IntAttribute(data, "totalcount"), remaining);

            foreach (var record in records)
            {
                yield return new XElement(record);
            }

            var resultId = data.Attribute("resultId")?.Value;
            if (remaining == 0 || string.IsNullOrEmpty(resultId))
            {
                yield break;
            }

            function = IntacctFunctions.ReadMore(resultId);
        }
    }

    /// <summary>Counts the records matching a query (the <c>totalcount</c> of a one-record page).</summary>
    public async Task<int> CountAsync(
        string objectName,
        string query = "",
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectName);

        var result = await _connection.ExecuteAsync(
            IntacctFunctions.ReadByQuery(objectName, "RECORDNO", query, pageSize: 1),
            cancellationToken).ConfigureAwait(false);

        return result.Data is { } data ? IntAttribute(data, "totalcount") : 0;
    }

    /// <summary>Reads records by their keys (record numbers).</summary>
    public Task<IReadOnlyList<XElement>> ReadAsync(
        string objectName,
        IEnumerable<string> keys,
        string fields = "*",
        CancellationToken cancellationToken = default) =>
        RecordsAsync(IntacctFunctions.Read(objectName, string.Join(',', keys), fields), cancellationToken);

    /// <summary>Reads records by their names (ids such as a customer id).</summary>
    public Task<IReadOnlyList<XElement>> ReadByNameAsync(
        string objectName,
        IEnumerable<string> names,
        string fields = "*",
        CancellationToken cancellationToken = default) =>
        RecordsAsync(IntacctFunctions.ReadByName(objectName, string.Join(',', names), fields), cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private async Task<IReadOnlyList<XElement>> RecordsAsync(
        IntacctFunction function,
        CancellationToken cancellationToken)
    {
        var result = await _connection.ExecuteAsync(function, cancellationToken).ConfigureAwait(false);
        return result.Data?.Elements().Select(e => new XElement(e)).ToArray() ?? [];
    }

    private static int IntAttribute(XElement data, string name) =>
        int.TryParse(data.Attribute(name)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : 0;
}
