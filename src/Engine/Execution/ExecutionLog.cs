using Microsoft.Extensions.Logging;

namespace Runbook.Engine.Execution;

/// <summary>The executor's log events. Event ids 2000-2099 belong to execution.</summary>
internal static partial class ExecutionLog
{
    [LoggerMessage(
        EventId = 2000,
        Level = LogLevel.Information,
        Message = "Run {RunId} started for runbook {Runbook} by {Operator}")]
    public static partial void RunStarted(ILogger logger, string runId, string runbook, string @operator);

    [LoggerMessage(
        EventId = 2001,
        Level = LogLevel.Information,
        Message = "Step {Step} ({Kind}) started, attempt {Attempt}")]
    public static partial void StepStarted(ILogger logger, string step, string kind, int attempt);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Step {Step} ended {Status}")]
    public static partial void StepEnded(ILogger logger, string step, StepStatus status);

    [LoggerMessage(
        EventId = 2003,
        Level = LogLevel.Warning,
        Message = "Step {Step} attempt {Attempt} failed transiently; retrying in {DelaySeconds}s")]
    public static partial void StepRetrying(ILogger logger, string step, int attempt, double delaySeconds);

    [LoggerMessage(
        EventId = 2004,
        Level = LogLevel.Error,
        Message = "Step {Step} stopped the run: its world drifted since the plan ({Differences})")]
    public static partial void StepDrifted(ILogger logger, string step, string differences);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Run {RunId} ended {Status}")]
    public static partial void RunEnded(ILogger logger, string runId, RunStatus status);
}
