namespace Runbook.Steps.Plugins;

/// <summary>
/// How the built-in plugins pace themselves. Runbooks cannot set these (the attributes are a public contract);
/// hosts and tests can. A null interval means the default for where the connections go: short against the
/// local emulator, whose refreshes and jobs finish in seconds, and patient against the real services.
/// </summary>
public sealed record BuiltInPluginOptions
{
    /// <summary>The options every host gets unless it asks for others.</summary>
    public static BuiltInPluginOptions Default { get; } = new();

    /// <summary>How often a sandbox refresh is polled; 30 seconds against Salesforce, 1 against the emulator.</summary>
    public TimeSpan? SandboxPollInterval { get; init; }

    /// <summary>How often a Bulk API 2.0 job is polled; 5 seconds against Salesforce, 1 against the emulator.</summary>
    public TimeSpan? BulkJobPollInterval { get; init; }

    internal TimeSpan SandboxPoll(bool emulator) =>
        SandboxPollInterval ?? (emulator ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(30));

    internal TimeSpan BulkJobPoll(bool emulator) =>
        BulkJobPollInterval ?? (emulator ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(5));
}
