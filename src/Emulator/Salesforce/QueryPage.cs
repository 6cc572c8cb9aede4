using System.Buffers;
using System.Text.Json;

namespace Runbook.Emulator.Salesforce;

/// <summary>
/// One page of a query answer; <see cref="NextRecordsUrl"/> is set while more pages remain. The records come
/// already written as a UTF-8 JSON array: a page holds up to 2,000 of them, and a node per value, built only to be
/// written out, made the server collect garbage mid-run.
/// </summary>
internal sealed record QueryPage(long TotalSize, string? NextRecordsUrl, int Count, byte[] RecordsJson)
{
    private static readonly byte[] EmptyArray = "[]"u8.ToArray();

    public static QueryPage Empty(long totalSize) => new(totalSize, null, 0, EmptyArray);

    /// <summary>The answer's body: totalSize, done, nextRecordsUrl while more remain, then the records.</summary>
    public byte[] ToUtf8Json()
    {
        var buffer = new ArrayBufferWriter<byte>(RecordsJson.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer, SalesforceResults.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("totalSize", TotalSize);
            writer.WriteBoolean("done", NextRecordsUrl is null);
            if (NextRecordsUrl is not null)
            {
                writer.WriteString("nextRecordsUrl", NextRecordsUrl);
            }

            writer.WritePropertyName("records");
            writer.WriteRawValue(RecordsJson, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
