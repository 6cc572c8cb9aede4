using System.Net.Http.Headers;
using System.Text;

namespace Runbook.Steps.Salesforce;

/// <summary>
/// The ids of a Bulk API 2.0 upload, written as a one-column CSV to a temporary file. Streaming the ids to
/// disk first keeps memory flat for millions of ids, checks every id and the size limit before a job exists,
/// and lets the upload be sent again after a transient failure or a new login.
/// </summary>
internal sealed class BulkIdSpool : IAsyncDisposable
{
    /// <summary>
    /// Salesforce accepts 150 MB per upload after base64 encoding, which grows data by about half; its guide
    /// advises uploading at most 100 MB.
    /// </summary>
    public const long MaxUploadBytes = 100L * 1024 * 1024;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly string _path;

    private BulkIdSpool(string path, long count, long bytes)
    {
        _path = path;
        Count = count;
        Bytes = bytes;
    }

    public long Count { get; }

    public long Bytes { get; }

    public static async Task<BulkIdSpool> WriteAsync(IAsyncEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"runbook-bulk-{Guid.NewGuid():N}.csv");
        long count = 0;

        try
        {
            var file = new FileStream(
                path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
            await using (var writer = new StreamWriter(file, Utf8))
            {
                writer.NewLine = "\n";
                await writer.WriteLineAsync("Id").ConfigureAwait(false);
                await foreach (var id in ids.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    await writer.WriteLineAsync(SalesforceId.Require(id, nameof(ids))).ConfigureAwait(false);
                    count++;
                }
            }

            var bytes = new FileInfo(path).Length;
            if (bytes > MaxUploadBytes)
            {
                throw new InvalidOperationException(
                    $"{count} ids make a {bytes / (1024 * 1024)} MB upload; one Bulk API 2.0 job takes at most "
                    + $"{MaxUploadBytes / (1024 * 1024)} MB. Split the ids over several jobs.");
            }

            return new BulkIdSpool(path, count, bytes);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>A fresh body for one upload attempt.</summary>
    public HttpContent CreateContent()
    {
        var stream = new FileStream(path: _path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024,
            FileOptions.Asynchronous | FileOptions.SequentialScan);
        var content = new StreamContent(stream);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    public ValueTask DisposeAsync()
    {
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }
}
