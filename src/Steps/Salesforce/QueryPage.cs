using System.Text.Json;

namespace Runbook.Steps.Salesforce;

/// <summary>One page of a SOQL query result.</summary>
internal sealed record QueryPage(
    long TotalSize,
    bool Done,
    string? NextRecordsUrl,
    IReadOnlyList<JsonElement>? Records);
