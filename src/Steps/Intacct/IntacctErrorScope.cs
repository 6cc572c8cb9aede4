namespace Runbook.Steps.Intacct;

/// <summary>Where in the exchange an Intacct failure happened.</summary>
public enum IntacctErrorScope
{
    /// <summary>No usable response: the connection failed or timed out, or the gateway sent an HTTP error.</summary>
    Transport,

    /// <summary>The request as a whole failed (malformed XML, wrong sender credentials, gateway limits).</summary>
    Control,

    /// <summary>The company login or session was refused.</summary>
    Authentication,

    /// <summary>A function failed.</summary>
    Function,
}
