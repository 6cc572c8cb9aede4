namespace Runbook.Steps.Salesforce;

/// <summary>One error from a Salesforce error array or from a per-record result.</summary>
/// <param name="ErrorCode">The code, such as <c>INVALID_SESSION_ID</c> or <c>ENTITY_IS_DELETED</c>.</param>
/// <param name="Message">Salesforce's message.</param>
/// <param name="Fields">The fields the error is about, when Salesforce names any.</param>
public sealed record SalesforceError(string ErrorCode, string Message, IReadOnlyList<string> Fields)
{
    /// <inheritdoc />
    public override string ToString() => $"{ErrorCode}: {Message}";
}
