using System.Text.Json.Serialization;

namespace Runbook.Steps.Salesforce;

/// <summary>The parts of the OAuth token response the client uses.</summary>
internal sealed record SalesforceTokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("instance_url")] string? InstanceUrl,
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("issued_at")] string? IssuedAt);
