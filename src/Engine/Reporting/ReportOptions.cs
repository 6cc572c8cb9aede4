namespace Runbook.Engine.Reporting;

/// <summary>What a report needs beyond the journal.</summary>
public sealed record ReportOptions
{
    /// <summary>
    /// The runbook file on disk, to find its git commit; by default the path the plan recorded, taken from the
    /// current directory.
    /// </summary>
    public string? RunbookPath { get; init; }

    /// <summary>
    /// Secret values the run used (from the secrets file and <c>secret(...)</c>): any text of the report that
    /// contains one shows <c>***</c> in its place. Values shorter than
    /// <see cref="SecretMasker.MinimumSecretLength"/> characters are not searched for, as they would hide
    /// ordinary words.
    /// </summary>
    public IReadOnlyCollection<string> Secrets { get; init; } = [];

    /// <summary>False to leave out the git commit, which runs <c>git</c>.</summary>
    public bool DescribeGit { get; init; } = true;

    /// <summary>The clock for the report's own time; tests replace it.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// The state file, when it is not the default one beside the runbook: the resume command then names it
    /// with <c>--state</c>.
    /// </summary>
    public string? StatePath { get; init; }
}
