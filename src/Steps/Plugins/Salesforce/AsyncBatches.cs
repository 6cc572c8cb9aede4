using System.Runtime.CompilerServices;

namespace Runbook.Steps.Plugins.Salesforce;

/// <summary>Cuts a stream of ids into arrays of a fixed size, reading only as far as the consumer asks.</summary>
internal static class AsyncBatches
{
    public static async IAsyncEnumerable<string[]> Of(
        IAsyncEnumerable<string> items,
        int size,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var batch = new List<string>(size);
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(item);
            if (batch.Count == size)
            {
                yield return [.. batch];
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            yield return [.. batch];
        }
    }
}
