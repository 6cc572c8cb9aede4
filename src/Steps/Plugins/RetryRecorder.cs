using System.Collections.Concurrent;
using Runbook.Engine.Plugins;
using Runbook.Steps.Http;

namespace Runbook.Steps.Plugins;

/// <summary>
/// The retry policy a connection's clients use, and the retries they made, so that a step can report them.
/// </summary>
internal sealed class RetryRecorder
{
    private readonly ConcurrentQueue<ApiRetry> _retries = new();

    public RetryRecorder(PluginEnvironment environment)
    {
        // The emulator's injected faults are instant and independent, so backing off for seconds only slows
        // tests down; a few more, shorter retries ride out a high fault rate. Real services get the clients'
        // defaults (exponential back-off from 2 s, honouring Retry-After).
        Options = environment.EmulatorUrl is null
            ? new RetryOptions()
            : new RetryOptions
            {
                MaxRetryAttempts = 8,
                BaseDelay = TimeSpan.FromMilliseconds(20),
                MaxDelay = TimeSpan.FromMilliseconds(500),
                MaxRetryAfter = TimeSpan.FromSeconds(1),
            };
    }

    public RetryOptions Options { get; }

    public IReadOnlyList<ApiRetry> Retries => [.. _retries];

    public void Record(ApiRetry retry) => _retries.Enqueue(retry);
}
