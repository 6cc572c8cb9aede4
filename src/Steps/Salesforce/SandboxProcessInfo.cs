namespace Runbook.Steps.Salesforce;

/// <summary>One copy process of a sandbox (Tooling API <c>SandboxProcess</c>).</summary>
/// <param name="Id">The process id (prefix <c>0GR</c>).</param>
/// <param name="SandboxInfoId">The sandbox it copies.</param>
/// <param name="SandboxName">The sandbox name.</param>
/// <param name="Status">Pending, Processing, Sampling, Activating, Pending Activation, Completed, or a failure.</param>
/// <param name="CopyProgress">Percent copied.</param>
/// <param name="CreatedDate">When the process started; the newest process is the sandbox's current state.</param>
/// <param name="EndDate">When it ended.</param>
/// <param name="SandboxOrganization">The sandbox's org id, once known.</param>
/// <param name="LicenseType">The license the copy uses.</param>
public sealed record SandboxProcessInfo(
    string Id,
    string SandboxInfoId,
    string SandboxName,
    string Status,
    int CopyProgress,
    DateTimeOffset CreatedDate,
    DateTimeOffset? EndDate,
    string? SandboxOrganization,
    string? LicenseType)
{
    /// <summary>The fields the client reads.</summary>
    internal const string Fields =
        "Id, SandboxInfoId, SandboxName, Status, CopyProgress, CreatedDate, EndDate, SandboxOrganization, LicenseType";

    /// <summary>The copy finished and the sandbox is active.</summary>
    public bool IsCompleted => Status == "Completed";

    /// <summary>The copy finished but waits for someone to activate it (AutoActivate was off).</summary>
    public bool IsAwaitingActivation => Status == "Pending Activation";

    /// <summary>The copy stopped without a usable sandbox.</summary>
    public bool IsFailed => Status is "Stopped" or "Failed" or "Error" or "Deleted" or "Deleting" or "Discarding";

    /// <summary>The process will not change any more without someone acting.</summary>
    public bool IsTerminal => IsCompleted || IsAwaitingActivation || IsFailed;
}
