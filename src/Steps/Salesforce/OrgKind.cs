namespace Runbook.Steps.Salesforce;

/// <summary>What kind of org a Salesforce org is, by the rule the Salesforce CLI uses.</summary>
public enum OrgKind
{
    /// <summary>Not a sandbox and no trial expiry: a production org (or a Developer Edition org).</summary>
    Production,

    /// <summary><c>IsSandbox</c> true and no trial expiry.</summary>
    Sandbox,

    /// <summary><c>IsSandbox</c> true with a trial expiry: a scratch org.</summary>
    Scratch,

    /// <summary>Not a sandbox, but with a trial expiry: a trial org.</summary>
    Trial,
}
