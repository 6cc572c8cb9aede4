using System.Text.Json.Nodes;

namespace Runbook.Emulator.Salesforce;

/// <summary>One page of a query answer; <see cref="NextRecordsUrl"/> is set while more pages remain.</summary>
internal sealed record QueryPage(long TotalSize, string? NextRecordsUrl, JsonArray Records)
{
    public JsonObject ToJson()
    {
        var body = new JsonObject { ["totalSize"] = TotalSize, ["done"] = NextRecordsUrl is null };
        if (NextRecordsUrl is not null)
        {
            body["nextRecordsUrl"] = NextRecordsUrl;
        }

        body["records"] = Records;
        return body;
    }
}
