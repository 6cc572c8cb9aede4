using System.Threading.Channels;

namespace Runbook.Steps.Plugins.Salesforce;

/// <summary>
/// Reads a stream ahead of its consumers into a bounded buffer, on a task of its own. A collections delete
/// reads ids through a query cursor whose pages come one after another; read in step with the deletes, every
/// page costs the deletes a full round trip in which slots stand idle. Read ahead, the next page is fetched
/// while the current one's deletes are in flight. The bound keeps memory flat whatever the volume: the buffer
/// never holds more than <c>capacity</c> items, plus the page the reader is working through.
/// </summary>
internal sealed class ReadAhead<T> : IAsyncDisposable
{
    private readonly Channel<T> _buffer;
    private readonly CancellationTokenSource _stop;
    private readonly Task _reader;

    private ReadAhead(IAsyncEnumerable<T> source, int capacity, CancellationToken cancellationToken)
    {
        _buffer = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity)
        {
            SingleWriter = true,
            SingleReader = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _reader = Task.Run(() => FillAsync(source, _stop.Token), CancellationToken.None);
    }

    /// <summary>Starts reading <paramref name="source"/>, at most <paramref name="capacity"/> items ahead.</summary>
    public static ReadAhead<T> Start(IAsyncEnumerable<T> source, int capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        return new ReadAhead<T>(source, capacity, cancellationToken);
    }

    /// <summary>
    /// The items in source order, for any number of consumers. A failure of the source surfaces here, as the
    /// source's own exception, once the items read before it are consumed.
    /// </summary>
    public IAsyncEnumerable<T> Items(CancellationToken cancellationToken) =>
        _buffer.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Stops reading (when the consumers gave up early) and waits for the reader to end.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);

        // The reader's outcome already reached the consumers through the buffer; here it only has to end.
        await _reader.ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task FillAsync(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await _buffer.Writer.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            }

            _buffer.Writer.TryComplete();
        }
        catch (Exception e)
        {
            _buffer.Writer.TryComplete(e);
        }
    }
}
