namespace Runbook.Steps.Intacct;

/// <summary>A successful response: who it ran as, when the session times out, and each function's result.</summary>
internal sealed record IntacctResponse(
    IntacctIdentity? Identity,
    DateTimeOffset? SessionTimeout,
    IReadOnlyList<IntacctResult> Results);
