namespace Runbook.Emulator.Storage;

/// <summary>Key prefixes of ids that are not data records; the same three characters Salesforce uses.</summary>
internal static class KeyPrefixes
{
    public const string Organization = "00D";
    public const string User = "005";
    public const string SandboxInfo = "0GQ";
    public const string SandboxProcess = "0GR";
    public const string BulkJob = "750";
    public const string QueryLocator = "01g";
}
