using Runbook.Engine.Binding;
using Runbook.Engine.Planning;
using Runbook.Engine.Plugins;

namespace Runbook.Engine.Execution;

/// <summary>Everything a run needs.</summary>
public sealed record RunRequest
{
    /// <summary>The plan to run; it has passed <see cref="ApplyGate"/>.</summary>
    public required PlanDocument Plan { get; init; }

    /// <summary>The runbook, compiled from the very text the plan was made from.</summary>
    public required RunbookCompilation Compilation { get; init; }

    /// <summary>The plugins.</summary>
    public required PluginRegistry Plugins { get; init; }

    /// <summary>What plugins are lent.</summary>
    public required PluginEnvironment Environment { get; init; }

    /// <summary>Where the run is recorded.</summary>
    public required IRunJournal Journal { get; init; }

    /// <summary>How manual steps reach a person.</summary>
    public required IOperatorInteraction Interaction { get; init; }

    /// <summary>Who runs it.</summary>
    public required string Operator { get; init; }

    /// <summary>The run to continue, for <c>--resume</c>; null starts a new run.</summary>
    public string? ResumeRunId { get; init; }

    /// <summary>
    /// The command that resumes this run, with <c>{0}</c> for the run id; messages tell people to run it.
    /// </summary>
    public string ResumeCommand { get; init; } = "runbook apply --resume {0}";

    /// <summary>Reports each step's progress as it runs.</summary>
    public IProgress<(string Step, StepProgress Progress)>? Progress { get; init; }

    /// <summary>Called when a step starts and ends, for the console.</summary>
    public Action<StepRecord>? StepChanged { get; init; }
}
