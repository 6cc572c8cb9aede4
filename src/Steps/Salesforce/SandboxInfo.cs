namespace Runbook.Steps.Salesforce;

/// <summary>A sandbox, as the Tooling API's <c>SandboxInfo</c> in the source production org describes it.</summary>
/// <param name="Id">The SandboxInfo id (prefix <c>0GQ</c>).</param>
/// <param name="SandboxName">The sandbox name, such as <c>uat</c>.</param>
/// <param name="LicenseType">DEVELOPER, DEVELOPER_PRO, PARTIAL or FULL.</param>
/// <param name="AutoActivate">Whether a refreshed copy activates by itself.</param>
public sealed record SandboxInfo(string Id, string SandboxName, string LicenseType, bool AutoActivate);
