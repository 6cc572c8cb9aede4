namespace Runbook.Steps.Http;

/// <summary>
/// How the clients retry transient failures: exponential back-off with jitter, or the server's
/// <c>Retry-After</c> when it sends one.
/// </summary>
public sealed record RetryOptions
{
    /// <summary>Retries after the first attempt. Zero turns retrying off.</summary>
    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>The first back-off delay; each later one doubles it. Zero makes every back-off zero (tests).</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest computed back-off delay.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The longest wait the client accepts from a <c>Retry-After</c> header. A server that asks for more is
    /// still obeyed, but only for this long: a run should fail visibly rather than sleep for hours.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Spreads back-off delays randomly so that parallel runs do not retry in step.</summary>
    public bool UseJitter { get; init; } = true;

    /// <summary>No retries at all.</summary>
    public static RetryOptions None { get; } = new() { MaxRetryAttempts = 0 };
}
