namespace Runbook.Emulator;

/// <summary>How an emulator is started: where its state lives, how much it seeds and how unreliable it is.</summary>
public sealed record EmulatorOptions
{
    /// <summary>
    /// TCP port on 127.0.0.1; 0 picks a free port (read it back from <see cref="EmulatorServer.BaseUrl"/>).
    /// </summary>
    public int Port { get; init; }

    /// <summary>Directory holding the emulator's SQLite state; created when missing.</summary>
    public required string StateDirectory { get; init; }

    /// <summary>
    /// Intacct transaction records seeded in each Salesforce org, split evenly between
    /// <c>ia_crm__Sales_Invoice__c</c> and <c>ia_crm__Contract__c</c>.
    /// </summary>
    public int Records { get; init; } = 1000;

    /// <summary>Milliseconds added to every call.</summary>
    public int LatencyMs { get; init; }

    /// <summary>
    /// Share (0..1) of calls answered with HTTP 503 or with 403 REQUEST_LIMIT_EXCEEDED; such calls do nothing.
    /// </summary>
    public double FaultRate { get; init; }

    /// <summary>Share (0..1) of calls whose connection is aborted before they are handled.</summary>
    public double DropRate { get; init; }

    /// <summary>
    /// Share (0..1) of calls that are handled in full but whose connection is aborted before the answer is sent,
    /// as when a network fails after the server has committed. 0 by default.
    /// </summary>
    public double DropAfterProcessingRate { get; init; }

    /// <summary>
    /// Share (0..1) of record ids in a delete (collection or bulk) that fail with UNABLE_TO_LOCK_ROW.
    /// </summary>
    public double RecordFailureRate { get; init; }

    /// <summary>Seconds a sandbox refresh takes from Pending to Completed.</summary>
    public double RefreshSeconds { get; init; } = 3;

    /// <summary>Seconds a Bulk API 2.0 job takes from UploadComplete to JobComplete.</summary>
    public double BulkJobSeconds { get; init; } = 1;

    /// <summary>Password of every seeded Salesforce user, Intacct user and the Intacct sender.</summary>
    public string Password { get; init; } = "emulator";

    /// <summary>Seeded world: <c>default</c>, <c>shared-org</c> or <c>production-link</c> (see the README).</summary>
    public string Scenario { get; init; } = "default";

    /// <summary>Rolling 24-hour API request allocation of each Salesforce org.</summary>
    public int ApiRequestLimit { get; init; } = 15000;

    /// <summary>Seed of the fault injector's random numbers; null draws a fresh seed.</summary>
    public int? RandomSeed { get; init; }

    /// <summary>Clock used for dates, refresh progress and job progress; tests pass a manual clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
