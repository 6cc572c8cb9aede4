namespace Runbook.Steps.Http;

/// <summary>Whether a request may be sent again after a transient failure.</summary>
internal enum RetryMode
{
    /// <summary>Reads, logins and idempotent deletes: repeat after any transient failure.</summary>
    Always,

    /// <summary>
    /// Requests that change state and are not idempotent (creating a job, starting a refresh): repeat only when
    /// the server said it refused the request, never after a dropped connection or a timeout, when it may
    /// already have acted on it.
    /// </summary>
    OnlyIfRefused,
}
