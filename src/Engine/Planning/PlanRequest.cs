using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;

namespace Runbook.Engine.Planning;

/// <summary>Everything a dry run needs.</summary>
public sealed record PlanRequest
{
    /// <summary>The compiled runbook; it must have no errors.</summary>
    public required RunbookCompilation Compilation { get; init; }

    /// <summary>The runbook's path as given, recorded in the plan.</summary>
    public required string RunbookPath { get; init; }

    /// <summary>Values from <c>--param NAME=VALUE</c>.</summary>
    public ImmutableDictionary<string, string> Params { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The plugins.</summary>
    public required PluginRegistry Plugins { get; init; }

    /// <summary>What plugins are lent.</summary>
    public required PluginEnvironment Environment { get; init; }

    /// <summary>Who makes the plan.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>The tool's version, recorded in the plan.</summary>
    public required string ToolVersion { get; init; }
}
