namespace Runbook.Emulator.Storage;

/// <summary>One emulated Salesforce org as stored in the <c>orgs</c> table.</summary>
internal sealed record OrgRecord(
    int OrgNo,
    string Key,
    string OrgId,
    string IdCode,
    string Name,
    bool IsSandbox,
    string OrganizationType,
    string InstanceName,
    string Username,
    string LoginHost,
    string UserId,
    bool HardDeletePermission);
