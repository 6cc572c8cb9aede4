namespace Runbook.Steps.Salesforce;

/// <summary>Checks record ids before they go into a URL, a SOQL literal or a CSV line.</summary>
public static class SalesforceId
{
    /// <summary>Whether the text is a 15- or 18-character alphanumeric Salesforce id.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: 15 or 18 } && id.All(char.IsAsciiLetterOrDigit);

    internal static string Require(string? id, string parameter) =>
        IsValid(id) ? id! : throw new ArgumentException($"'{id}' is not a Salesforce record id.", parameter);
}
