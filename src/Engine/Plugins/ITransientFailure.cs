namespace Runbook.Engine.Plugins;

/// <summary>
/// Implemented by exceptions that describe a failure worth retrying: a throttled API, a locked row, a dropped
/// connection. The engine retries a step that failed with one, up to the step's <c>retries</c>, with
/// exponential backoff and jitter, waiting at least <see cref="RetryAfter"/> when the system said so.
/// </summary>
public interface ITransientFailure
{
    /// <summary>True when trying again may succeed.</summary>
    bool IsTransient { get; }

    /// <summary>How long the system asked to wait, if it said.</summary>
    TimeSpan? RetryAfter { get; }
}
