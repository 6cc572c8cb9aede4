namespace Runbook.Steps.Http;

/// <summary>What the retry pipeline needs to know about a failed call, whichever API it came from.</summary>
internal interface IApiFailure
{
    bool IsTransient { get; }

    /// <summary>True when the request may have reached the server and been acted on (timeouts, lost replies).</summary>
    bool MayHaveBeenProcessed { get; }

    TimeSpan? RetryAfter { get; }

    string Reason { get; }
}
