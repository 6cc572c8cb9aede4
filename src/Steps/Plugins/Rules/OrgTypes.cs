namespace Runbook.Steps.Plugins.Rules;

/// <summary>The two kinds of org or company the linking rules know.</summary>
public static class OrgTypes
{
    /// <summary>A Salesforce sandbox or an Intacct sandbox company.</summary>
    public const string Sandbox = "sandbox";

    /// <summary>A Salesforce production org or an Intacct production company.</summary>
    public const string Production = "production";

    /// <summary>Whether <paramref name="type"/> is one of the two.</summary>
    public static bool IsKnown(string? type) => type is Sandbox or Production;

    /// <summary>"a sandbox", "production", or what else the system is, for sentences.</summary>
    internal static string Describe(string? type, string? otherwise) => type switch
    {
        Sandbox => "a sandbox",
        Production => "production",
        _ => $"neither a sandbox nor production ({otherwise ?? "its type is unknown"})",
    };
}
