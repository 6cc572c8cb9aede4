using System.Runtime.CompilerServices;
using Runbook.Steps.Salesforce;

namespace Runbook.Steps.Plugins.Salesforce;

/// <summary>
/// The ids of consecutive objects that a delete step sends through sObject Collections, read in object order
/// by one bounded read-ahead and cut into batches of 200. Reading ahead saves round trips in which no delete
/// is in flight. Within an object, the next query page is fetched while the deletes of the current one run;
/// read in step with the deletes, every page left all delete slots idle for a round trip. Between objects, the
/// next object's first page is fetched while the last deletes of the previous one run, so a new object starts
/// with ids in hand. Only reading runs ahead: an object's deletes still start after the previous object's end.
/// </summary>
internal sealed class IdLane : IAsyncDisposable
{
    /// <summary>
    /// Two query pages of batches: the reader is at most that far ahead of the deletes, plus the page it is
    /// reading, so memory stays flat whatever the volume (about 6,000 ids at most).
    /// </summary>
    public const int Capacity = 2 * DeleteEstimate.QueryPageSize / SalesforceClient.MaxIdsPerCollectionDelete;

    private readonly IReadOnlyList<string> _objects;
    private readonly ReadAhead<(string Object, string[]? Ids)> _reader;
    private int _current;

    private IdLane(IReadOnlyList<string> objects, ReadAhead<(string Object, string[]? Ids)> reader)
    {
        _objects = objects;
        _reader = reader;
    }

    /// <summary>Starts reading the ids of <paramref name="objects"/> that match the condition, in that order.</summary>
    public static IdLane Start(
        SalesforceApi api,
        IReadOnlyList<string> objects,
        string? where,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentOutOfRangeException.ThrowIfZero(objects.Count);

        var reader = ReadAhead<(string, string[]?)>.Start(ReadAll(api, objects, where), Capacity, cancellationToken);
        return new IdLane(objects, reader);
    }

    /// <summary>Whether <paramref name="objectName"/> is the next object this lane reads for.</summary>
    public bool IsNext(string objectName) =>
        _current < _objects.Count && string.Equals(_objects[_current], objectName, StringComparison.Ordinal);

    /// <summary>
    /// The batches of the next object, ending where its ids end; any number of consumers may share them. The
    /// lane then moves on to the following object.
    /// </summary>
    public async IAsyncEnumerable<string[]> Batches(
        string objectName,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!IsNext(objectName))
        {
            throw new InvalidOperationException($"The id lane reads {_objects[_current]} next, not {objectName}.");
        }

        await foreach (var (_, ids) in _reader.Items(cancellationToken).ConfigureAwait(false))
        {
            if (ids is null)
            {
                _current++;
                yield break;
            }

            yield return ids;
        }
    }

    public ValueTask DisposeAsync() => _reader.DisposeAsync();

    // An object's batches, then a marker (no ids) that ends it.
    private static async IAsyncEnumerable<(string, string[]?)> ReadAll(
        SalesforceApi api,
        IReadOnlyList<string> objects,
        string? where,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var objectName in objects)
        {
            var ids = api.QueryIdsAsync(SalesforceNames.IdQuery(objectName, where), cancellationToken);
            var batches = AsyncBatches.Of(ids, SalesforceClient.MaxIdsPerCollectionDelete, cancellationToken);
            await foreach (var batch in batches.ConfigureAwait(false))
            {
                yield return (objectName, batch);
            }

            yield return (objectName, null);
        }
    }
}
