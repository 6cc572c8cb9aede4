namespace Runbook.Emulator.Hosting;

internal enum InjectedFault
{
    None,

    /// <summary>Abort the connection before the call is handled.</summary>
    Drop,

    /// <summary>Answer 503 without handling the call.</summary>
    ServiceUnavailable,

    /// <summary>Answer 403 REQUEST_LIMIT_EXCEEDED without handling the call (Salesforce API only).</summary>
    RequestLimitExceeded,

    /// <summary>Handle the call, then abort the connection before the answer leaves.</summary>
    DropAfterProcessing,
}
